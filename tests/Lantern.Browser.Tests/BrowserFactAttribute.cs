using Lantern.Tests;

namespace Lantern.Browser.Tests;

/// <summary>A fact that needs Chromium (see <see cref="TestBrowser"/>), skipped with a message where there is none.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    private bool _needsRealData;

    public BrowserFactAttribute()
    {
        if (TestBrowser.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>Also needs the shared police data (../shared/data): skipped with a message where it is absent.</summary>
    public bool NeedsRealData
    {
        get => _needsRealData;
        set
        {
            _needsRealData = value;
            if (value && Skip is null && RealData.Root is null)
            {
                Skip = "Real data not found at <repository>/../shared/data: this test runs where the shared police data is present.";
            }
        }
    }
}
