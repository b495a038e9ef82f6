using System.Globalization;
using System.Text;
using Lantern.Data.Formats.Exports;

namespace Lantern.Analysis.Scrutiny;

/// <summary>
/// The scrutiny report as CSV, one figure a line (a long table that Excel or Power BI pivot as they like): table, row,
/// column, value with its interval, status and the text the page shows. A withheld figure has no value, and its note says
/// why. The first lines say what the report is; the last lines are its notes.
/// </summary>
internal static class ScrutinyReportCsv
{
    public const string Header = "table,row_key,row,column,value,low,high,status,text,note";

    public static string Write(ScrutinyReport r)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var line = new StringBuilder();
        void Line(string table, string key, string row, string column, double? value, double? low, double? high, string status, string text, string note)
        {
            line.Clear();
            foreach (string field in (string[])[table, key, row, column, N(value), N(low), N(high), status, text, note])
            {
                line.Field(field);
            }

            csv.Append(line).Append('\n');
        }

        Line("report", "force", "Force", "", null, null, null, "shown", r.ForceName, r.Force);
        Line("report", "month", "Month", "", null, null, null, "shown", r.Month.ToString(), ScrutinyReportHtml.MonthName(r.Month));
        Line("report", "status", "The month's records", "", null, null, null, "shown", System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.Status.ToString()), "");
        Line("report", "run", "Analysis run", "", r.RunId, null, null, "shown", r.RunId.ToString(CultureInfo.InvariantCulture), "");
        Line("report", "made", "Made", "", null, null, null, "shown", r.MadeAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), r.MadeBy);
        foreach (ReportTable t in r.Tables)
        {
            foreach (ReportRow row in t.Rows)
            {
                for (int i = 0; i < row.Cells.Count; i++)
                {
                    ReportCell c = row.Cells[i];
                    string note = c.Status switch
                    {
                        ReportCell.Small => "fewer than 5",
                        ReportCell.Withheld => "withheld so that a count under 5 cannot be worked out, or made from a withheld count",
                        ReportCell.None => "cannot be worked out",
                        _ => "",
                    };
                    Line(t.Id, row.Key, row.Label, t.Columns[i + 1], c.Value, c.Low, c.High, c.Status, c.Text, note);
                }
            }
        }

        for (int i = 0; i < r.Notes.Count; i++)
        {
            Line("notes", (i + 1).ToString(CultureInfo.InvariantCulture), "Note", "", null, null, null, "shown", r.Notes[i], "");
        }

        return csv.ToString();
    }

    private static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
