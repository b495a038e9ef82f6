using Lantern.Tests.Shared.Store;

namespace Lantern.Tests;

/// <summary>A fact that needs the PostgreSQL test server (LANTERN_TEST_POSTGRES), skipped with a message where there is none.</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
