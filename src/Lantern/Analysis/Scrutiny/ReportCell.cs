using System.Globalization;

namespace Lantern.Analysis.Scrutiny;

/// <summary>
/// One figure of a report table as it is published: its kind, whether it is shown, its value and interval when it is,
/// and its text. Built by <see cref="ScrutinyTablesBuilder"/> after small-number suppression.
/// </summary>
/// <param name="Kind">count, share (a fraction of all searches), rate (a fraction with a 95% interval), per1000, ratio, difference (a fraction's difference with an interval) or text.</param>
/// <param name="Status">shown; small (a count under the threshold, "&lt;5"); withheld (a figure withheld so that a small count cannot be worked out, or made from one); none (cannot be worked out, or not recorded by the force).</param>
/// <param name="Value">The value when shown: a count, a fraction (0.153 is 15.3%), a rate per 1,000, a ratio.</param>
/// <param name="Low">The lower end of its 95% interval, when it has one and is shown.</param>
/// <param name="High">The upper end.</param>
/// <param name="Text">The figure as the page and the command line print it.</param>
internal sealed record ReportCell(string Kind, string Status, double? Value, double? Low, double? High, string Text)
{
    public const string Shown = "shown";
    public const string Small = "small";
    public const string Withheld = "withheld";
    public const string None = "none";

    /// <summary>What a small count is shown as.</summary>
    public const string SmallText = "<5";

    /// <summary>What a figure withheld for another's sake is shown as (the Office for National Statistics' mark for confidential).</summary>
    public const string WithheldText = "[c]";

    public static ReportCell Words(string text) => new("text", Shown, null, null, null, text);

    public static ReportCell Count(long n) => new("count", Shown, n, null, null, n.ToString("N0", CultureInfo.InvariantCulture));

    public static ReportCell Share(double fraction) => new("share", Shown, fraction, null, null, Format($"{fraction * 100:F1}%"));

    public static ReportCell Rate(double value, double low, double high) =>
        new("rate", Shown, value, low, high, Format($"{value * 100:F1}% ({low * 100:F1}–{high * 100:F1}%)"));

    public static ReportCell Per1000(double value, double low, double high) => new("per1000", Shown, value, low, high, Format($"{value:F2} ({low:F2}–{high:F2})"));

    public static ReportCell Ratio(double value, double? low, double? high) =>
        new("ratio", Shown, value, low, high, low is { } l && high is { } h ? Format($"{value:F2} ({l:F2}–{h:F2})") : Format($"{value:F2}"));

    public static ReportCell Difference(double value, double low, double high) =>
        new("difference", Shown, value, low, high, Format($"{value * 100:+0.0;−0.0;0.0} points ({low * 100:+0.0;−0.0;0.0} to {high * 100:+0.0;−0.0;0.0})"));

    /// <summary>A count under the threshold.</summary>
    public static ReportCell SmallCount() => new("count", Small, null, null, null, SmallText);

    /// <summary>A figure withheld: a count withheld for a small one's sake, or a figure made from a withheld count.</summary>
    public static ReportCell WithheldFigure(string kind) => new(kind, Withheld, null, null, null, WithheldText);

    /// <summary>A figure that cannot be worked out (nothing to be a rate of, the force does not record it).</summary>
    public static ReportCell NoFigure(string kind, string text = "–") => new(kind, None, null, null, null, text);

    private static string Format(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
