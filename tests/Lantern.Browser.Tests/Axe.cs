using System.Text.Json;
using Microsoft.Playwright;

namespace Lantern.Browser.Tests;

/// <summary>
/// The axe-core accessibility checker (npm, tests/Lantern.Browser.Tests/package-lock.json; copied beside the tests by
/// the build, never served by the app) run on an open page against WCAG 2.2 AA: the rules tagged wcag2a, wcag2aa,
/// wcag21a, wcag21aa and wcag22aa, and best-practice rules for headings, landmarks and table headers. The page's
/// context must allow the test's scripts (<see cref="BrowserRun.DesktopAsync"/>).
/// </summary>
internal static class Axe
{
    private static readonly string[] s_tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// axe's best-practice rules for a page's structure, run as well: what WCAG 1.3.1 and 2.4.6 ask of headings, landmarks
    /// and table headers, which axe files as best practice rather than under a success criterion.
    /// </summary>
    private static readonly string[] s_structure =
    [
        "heading-order", "empty-heading", "empty-table-header", "page-has-heading-one", "landmark-one-main", "landmark-unique",
        "landmark-no-duplicate-banner", "landmark-no-duplicate-main", "landmark-main-is-top-level", "landmark-banner-is-top-level",
        "region", "skip-link",
    ];

    /// <summary>The installed checker: a build of this project puts it here (LanternTestCopyAxe in the .csproj).</summary>
    public static string ScriptPath { get; } = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    /// <summary>Every element of the page that breaks a rule, as "rule (impact): selector: what the rule asks · the element".</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) => (await RunAsync(page)).Violations;

    /// <summary>
    /// What breaks a rule, and what axe could not decide and leaves to a person ("incomplete": text over a picture or a
    /// gradient, for instance), each as <see cref="ViolationsAsync"/> words it.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Violations, IReadOnlyList<string> NeedsReview)> RunAsync(IPage page)
    {
        if (!File.Exists(ScriptPath))
        {
            throw new InvalidOperationException(
                $"axe-core is not at {ScriptPath}: build tests/Lantern.Browser.Tests (its build runs npm ci).");
        }

        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = ScriptPath });
        }

        string json = await page.EvaluateAsync<string>(
            """
            async ([tags, structure]) => {
                // Every element: no rule is turned off and nothing is left out (Leaflet's maps included).
                const rules = Object.fromEntries(structure.map(r => [r, { enabled: true }]));
                const result = await axe.run(document,
                    { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations', 'incomplete'] });
                const nodes = list => list.flatMap(v => v.nodes.map(n => ({
                    rule: v.id, impact: v.impact ?? n.impact ?? '', help: v.help, target: n.target.map(String).join(' '),
                    html: n.html.replace(/\s+/g, ' ').slice(0, 160),
                    why: [...n.any, ...n.all, ...n.none].map(c => c.message).filter(m => m).join('; '),
                })));
                return JSON.stringify([nodes(result.violations), nodes(result.incomplete)]);
            }
            """, new object[] { s_tags, s_structure });
        JsonElement[][] lists = JsonSerializer.Deserialize<JsonElement[][]>(json)!; // two JSON arrays: axe's result, stringified above
        return (Worded(lists[0]), Worded(lists[1]));
    }

    private static string[] Worded(JsonElement[] nodes) => [.. nodes.Select(v =>
        $"{v.GetProperty("rule").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("target").GetString()}: " +
        $"{v.GetProperty("help").GetString()} ({v.GetProperty("why").GetString()}) · {v.GetProperty("html").GetString()}")];
}
