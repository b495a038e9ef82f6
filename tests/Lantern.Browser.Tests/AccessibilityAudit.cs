using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// The pages one accessibility test has checked with <see cref="Axe"/> and what it found: each page is saved as a
/// screenshot too (to look at what a machine cannot judge), and every violation is kept with the page it was on, so that
/// one run names all of them.
/// </summary>
internal sealed class AccessibilityAudit(BrowserRun run)
{
    private readonly List<string> _violations = [];
    private readonly List<string> _needsReview = [];

    public IReadOnlyList<string> Violations => _violations;

    /// <summary>The pages checked, as "role on screen: page".</summary>
    public List<string> Pages { get; } = [];

    /// <summary>
    /// Checks the page as it is now, naming it <paramref name="page"/> in what is reported. With <paramref name="reflow"/>,
    /// also at 320 CSS pixels wide (a 1,280-pixel screen zoomed to 400%, WCAG 1.4.10): nothing may make the page scroll
    /// sideways but a box that scrolls on its own (a wide table).
    /// </summary>
    public async Task CheckAsync(IPage open, string who, string page, bool reflow = false)
    {
        string name = $"{who}: {page}";
        Pages.Add(name);
        await run.ShotAsync(open, Slug(name));
        (IReadOnlyList<string> violations, IReadOnlyList<string> needsReview) = await Axe.RunAsync(open);
        string where = $"{name} ({new Uri(open.Url).PathAndQuery}): ";
        _violations.AddRange(violations.Select(v => where + v));
        _needsReview.AddRange(needsReview.Select(v => where + v));
        if (reflow)
        {
            _violations.AddRange((await ReflowAsync(open, name)).Select(v => where + "reflow at 320 px: " + v));
        }
    }

    private async Task<string[]> ReflowAsync(IPage open, string name)
    {
        PageViewportSizeResult size = open.ViewportSize ?? throw new InvalidOperationException("The test's pages have a set viewport.");
        await open.SetViewportSizeAsync(320, 640);
        try
        {
            await run.ShotAsync(open, Slug(name + " at 320 px"));
            return await open.EvaluateAsync<string[]>(
                """
                () => {
                    const width = document.documentElement.clientWidth;
                    const scrolls = e => {
                        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
                        }
                        return false;
                    };
                    return [...document.body.querySelectorAll('*')]
                        .filter(e => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 0.5 && !scrolls(e))
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.getAttribute('id') ? '#' + e.getAttribute('id') : '') +
                            ' "' + e.textContent.trim().slice(0, 40) + '" reaches ' +
                            Math.round(e.getBoundingClientRect().right) + ' px of ' + width);
                }
                """);
        }
        finally
        {
            await open.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    /// <summary>
    /// Writes what axe left to a person to <c>&lt;artefacts&gt;/&lt;test&gt;-needs-review.txt</c>: not failures, but what
    /// the check by hand (docs/web.md, Accessibility) looks at.
    /// </summary>
    public Task WriteNeedsReviewAsync(string test) =>
        File.WriteAllLinesAsync(Path.Combine(Artefacts.Root, test + "-needs-review.txt"), _needsReview);

    /// <summary>Fails naming every page, rule and element, when any page broke a rule.</summary>
    public void AssertNone() => Assert.True(_violations.Count == 0,
        $"{_violations.Count} accessibility violations (WCAG 2.2 AA, axe-core) on {Pages.Count} pages checked:\n" +
        string.Join('\n', _violations));

    private static string Slug(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'))
            .Replace("--", "-", StringComparison.Ordinal).Trim('-');
}
