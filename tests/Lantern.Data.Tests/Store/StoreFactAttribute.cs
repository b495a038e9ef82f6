using Xunit.Sdk;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// A fact of the store suite (<see cref="StoreTests"/>), which runs once per provider. xunit 2 decides skips when it
/// discovers tests, from the attribute alone, and an inherited fact cannot say which provider it runs for: the
/// discoverer looks at the test's class instead, and skips the PostgreSQL run when no server is there.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("Lantern.Data.Tests.Store.StoreFactDiscoverer", "Lantern.Data.Tests")]
public sealed class StoreFactAttribute : FactAttribute
{
    /// <summary>Set on a test that reads the shared real data: skipped, saying so, when it is absent.</summary>
    public bool NeedsRealData
    {
        get;
        set
        {
            field = value;
            if (value && !RealData.IsAvailable)
            {
                Skip = RealData.Missing;
            }
        }
    }
}
