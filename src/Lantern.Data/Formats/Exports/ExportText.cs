using System.Globalization;
using System.Text;

namespace Lantern.Data.Formats.Exports;

/// <summary>Invariant-culture formatting and RFC 4180 quoting shared by the CSV writers.</summary>
internal static class ExportText
{
    /// <summary>
    /// The first column of every CSV export of a recorded result: the run's number, the same on every row. A CSV has no
    /// place for the record that GeoJSON's "lantern" member and --json carry (parameters, data used, automatic choices), and
    /// a line above the header would stop Excel, pandas and QGIS reading the file as a table; the number is how a file
    /// passed on finds its record again ('lantern runs show N').
    /// </summary>
    public const string Run = "run";

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// Appends a field, quoted when it holds a comma, quote or line break (quotes doubled). Text that a spreadsheet would
    /// run as a formula (starting =, +, -, @, tab or carriage return, and not a number) is written after an apostrophe, so
    /// free text such as an analyst's reason opens as text (OWASP's CSV injection).
    /// </summary>
    public static StringBuilder Field(this StringBuilder line, string? value)
    {
        if (line.Length > 0)
        {
            line.Append(',');
        }

        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(value, NumberStyles.Float, s_invariant, out _))
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return line.Append(value);
        }

        return line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public static StringBuilder Field(this StringBuilder line, double value, string format) =>
        line.Field(double.IsFinite(value) ? value.ToString(format, s_invariant) : "");

    public static StringBuilder Field(this StringBuilder line, double? value, string format) =>
        line.Field(value is { } v && double.IsFinite(v) ? v.ToString(format, s_invariant) : "");

    public static StringBuilder Field(this StringBuilder line, long value) => line.Field(value.ToString(s_invariant));

    public static StringBuilder Field(this StringBuilder line, int value) => line.Field(value.ToString(s_invariant));

    public static StringBuilder Field(this StringBuilder line, int? value) => line.Field(value?.ToString(s_invariant));

    /// <summary>A p-value: enough significant digits to read tiny values (1.2E-45), invariant.</summary>
    public static string P(double p) => p.ToString("G4", s_invariant);
}
