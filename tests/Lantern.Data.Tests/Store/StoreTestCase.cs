using Lantern.Tests.Shared.Store;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// A store-suite test: skipped, with the reason, when its class runs against PostgreSQL and no server is there, or (as its
/// attribute says) it needs the real data and that is absent. The
/// reason is worked out again wherever the test case is rebuilt, so it needs no serialising of its own.
/// </summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", error: true)]
    public StoreTestCase()
    {
    }

    public StoreTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay defaultMethodDisplay, TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        (typeof(PostgresStoreTests).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType()) ? TestPostgres.SkipReason : null)
        ?? base.GetSkipReason(factAttribute);
}
