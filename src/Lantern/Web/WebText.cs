using System.Text.RegularExpressions;

namespace Lantern.Web;

/// <summary>
/// Messages of the shared analysis code (written for the command line: "--months must be between 1 and 60") as the web's
/// pages and their API answers give them: an option becomes the filter or field the page names ("Months must be between
/// 1 and 60"), and "import it with 'lantern import'" becomes the Import page. Options no page has are left as they are.
/// </summary>
internal static partial class WebText
{
    private static readonly Dictionary<string, string> s_fields = new(StringComparer.Ordinal)
    {
        ["force"] = "Force", ["date"] = "Date", ["top"] = "Places", ["per-area"] = "Places per area", ["area"] = "Area",
        ["types"] = "Crime types", ["months"] = "Months", ["cell-size"] = "Cell size", ["method"] = "Method", ["methods"] = "Methods",
        ["from"] = "From", ["to"] = "To", ["month"] = "Month", ["legislation"] = "Powers", ["ethnicity"] = "Ethnicity",
        ["census"] = "Census", ["knots"] = "Knots", ["area-level"] = "Area level", ["level"] = "Level", ["by"] = "Grouped by",
        ["unit"] = "Unit", ["coverage"] = "Coverage", ["choose"] = "Choose at", ["recipient"] = "Recipient", ["reason"] = "Reason",
        ["decision"] = "Decision",
    };

    public static string FromCli(string message)
    {
        // The server's own file is nobody's business on a page ("No crimes for x in /srv/lantern/lantern.db.").
        string text = ImportCommand().Replace(StorePath().Replace(message, string.Empty), " on the Import page");

        // Another command ('lantern areas import FILE --level msoa': boundaries are imported on the server) is kept as it
        // is typed, and said to be the server's; options are page fields only outside it.
        var web = new System.Text.StringBuilder();
        int at = 0;
        foreach (Match command in OtherCommand().Matches(text))
        {
            web.Append(Fields(text[at..command.Index], web.Length == 0)).Append(command.Value).Append(" on the server");
            at = command.Index + command.Length;
        }

        return web.Append(Fields(text[at..], web.Length == 0)).ToString();
    }

    private static string Fields(string text, bool atStart) => Option().Replace(text, m =>
    {
        if (!s_fields.TryGetValue(m.Groups[2].Value, out string? field))
        {
            return m.Value;
        }

        return m.Groups[1].Value.Length == 0 && m.Index == 0 && atStart ? field : $"{m.Groups[1].Value}‘{field}’";
    });

    /// <summary>
    /// A run's automatic choices ("Automatic choice: …") then its notes, as a page lists them under its figures, each in
    /// the page's words (<see cref="FromCli"/>); the run's record keeps its own text.
    /// </summary>
    public static IEnumerable<string> RunNotes(IEnumerable<string> choices, IEnumerable<string> notes) =>
        choices.Select(c => "Automatic choice: " + FromCli(c)).Concat(notes.Select(FromCli));

    [GeneratedRegex(@"(^|[\s(])--([a-z][a-z0-9-]*)\b")]
    private static partial Regex Option();

    [GeneratedRegex(@"\s*(?:\(|with )'lantern import[^']*'\)?")]
    private static partial Regex ImportCommand();

    [GeneratedRegex(@"'lantern [^']*'")]
    private static partial Regex OtherCommand();

    // " in " and a file path or a PostgreSQL address (a store's name), up to the punctuation or space after it.
    [GeneratedRegex(@" in (?:/|[A-Za-z]:\\|postgres(?:ql)?://)\S*?(?=[.:;,)]*(?:\s|$))")]
    private static partial Regex StorePath();
}
