namespace Lantern.Tests;

/// <summary>A fact that needs ../shared/data, skipped with a message where it is absent (a clone elsewhere).</summary>
internal sealed class RealDataFactAttribute : FactAttribute
{
    /// <param name="needs">A folder under the data the test reads (e.g. "events/vancouver"); the test skips when it is absent.</param>
    public RealDataFactAttribute(string? needs = null)
    {
        if (RealData.Root is null)
        {
            Skip = "Real data not found at <repository>/../shared/data: this test runs where the shared police data is present.";
        }
        else if (needs is not null && !Directory.Exists(RealData.Path(needs)))
        {
            Skip = $"Real data not found at <repository>/../shared/data/{needs}: this test runs where it is present.";
        }
    }
}
