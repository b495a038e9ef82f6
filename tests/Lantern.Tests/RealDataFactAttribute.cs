namespace Lantern.Tests;

/// <summary>A fact that needs ../shared/data, skipped with a message where it is absent (a clone elsewhere).</summary>
internal sealed class RealDataFactAttribute : FactAttribute
{
    public RealDataFactAttribute()
    {
        if (RealData.Root is null)
        {
            Skip = "Real data not found at <repository>/../shared/data: this test runs where the shared police data is present.";
        }
    }
}
