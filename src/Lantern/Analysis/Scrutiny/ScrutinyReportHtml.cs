using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Lantern.Cli;
using Lantern.Core.Time;

namespace Lantern.Analysis.Scrutiny;

/// <summary>
/// The scrutiny report as HTML: the same fragment on the web page (inside the site's layout) and in the file
/// <c>lantern stopsearch report --html FILE</c> writes (a whole page with the report's stylesheet inside, to open or print
/// anywhere). Written here rather than in a Razor page so that both are the same text.
/// </summary>
internal static class ScrutinyReportHtml
{
    private static readonly HtmlEncoder s_html = HtmlEncoder.Default;

    /// <summary>The report as an <c>article</c> element.</summary>
    public static string Fragment(ScrutinyReport r)
    {
        var h = new StringBuilder();
        h.Append(Inv($"<article class=\"report\" id=\"scrutiny-report\" data-run=\"{r.RunId}\" data-force=\"{E(r.Force)}\" data-month=\"{r.Month}\">\n"));
        h.Append("<header class=\"report-head\">\n");
        h.Append(Inv($"<h1>Stop and search in {E(r.ForceName)}: {E(MonthName(r.Month))}</h1>\n"));
        h.Append(Inv($"<p class=\"meta\">Scrutiny panel report · made {E(UkTime.Describe(r.MadeAt))} by {E(r.MadeBy)} · analysis run #{r.RunId} · Lantern {E(LanternCli.Version)}</p>\n"));
        h.Append("</header>\n<ul class=\"report-notes\" id=\"report-notes\">\n");
        foreach (string note in r.Notes)
        {
            h.Append("<li>").Append(E(note)).Append("</li>\n");
        }

        h.Append("</ul>\n<div class=\"report-tables\">\n");
        foreach (ReportTable t in r.Tables)
        {
            Table(h, t);
        }

        h.Append("</div>\n<footer class=\"report-foot\">Contains public sector information licensed under the Open Government Licence v3.0. ");
        h.Append("Figures from the force's stop-and-search records as imported into Lantern; how they are worked out: docs/stop-search.md.</footer>\n</article>\n");
        return h.ToString();
    }

    /// <summary>A whole HTML page of the report, its stylesheet inside: what <c>--html FILE</c> writes.</summary>
    public static string Page(ScrutinyReport r, string css) =>
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
        Inv($"<title>Stop and search in {E(r.ForceName)}: {E(MonthName(r.Month))} · Lantern</title>\n<style>\n{css}</style>\n</head>\n<body class=\"report-page\">\n") +
        Fragment(r) + "</body>\n</html>\n";

    /// <summary>The report's stylesheet (Web/Assets/report.css, embedded in the executable), for a page of its own.</summary>
    public static string Stylesheet()
    {
        using Stream stream = typeof(ScrutinyReportHtml).Assembly.GetManifestResourceStream("web.report.css")
            ?? throw new InvalidOperationException("report.css is not embedded (Lantern.csproj embeds Web/Assets/*)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>"December 2022".</summary>
    public static string MonthName(YearMonth m) => m.FirstDay.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static void Table(StringBuilder h, ReportTable t)
    {
        bool wide = t.Columns.Count > 6;
        h.Append(Inv($"<section class=\"report-table{(wide ? " wide" : "")}\" id=\"table-{E(t.Id)}\">\n<h2>{E(t.Title)}</h2>\n"));
        if (t.Rows.Count > 0)
        {
            h.Append("<table class=\"figures\">\n<thead><tr>");
            foreach (string c in t.Columns)
            {
                h.Append("<th scope=\"col\">").Append(E(c)).Append("</th>");
            }

            h.Append("</tr></thead>\n<tbody>\n");
            foreach (ReportRow row in t.Rows)
            {
                h.Append(Inv($"<tr data-key=\"{E(row.Key)}\"><th scope=\"row\">{E(row.Label)}</th>"));
                foreach (ReportCell c in row.Cells)
                {
                    Cell(h, c);
                }

                h.Append("</tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        foreach (string note in t.Notes)
        {
            h.Append("<p class=\"table-note\">").Append(E(note)).Append("</p>\n");
        }

        h.Append("</section>\n");
    }

    private static void Cell(StringBuilder h, ReportCell c)
    {
        string cls = c.Kind == "text" ? "text" : "num " + c.Status;
        h.Append("<td class=\"").Append(cls).Append('"');
        if (c.Value is { } v)
        {
            h.Append(" data-value=\"").Append(v.ToString("R", CultureInfo.InvariantCulture)).Append('"');
        }

        if (c.Status == ReportCell.Small)
        {
            h.Append(" title=\"fewer than 5\"");
        }
        else if (c.Status == ReportCell.Withheld)
        {
            h.Append(" title=\"withheld so that a count under 5 cannot be worked out\"");
        }

        h.Append('>');
        // A rate's interval on a line of its own in print, in smaller type.
        int open = c.Low is null ? -1 : c.Text.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && c.Status == ReportCell.Shown)
        {
            h.Append(E(c.Text[..open])).Append(" <span class=\"ci\">").Append(E(c.Text[(open + 1)..])).Append("</span>");
        }
        else
        {
            h.Append(E(c.Text));
        }

        h.Append("</td>");
    }

    private static string E(string text) => s_html.Encode(text);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
