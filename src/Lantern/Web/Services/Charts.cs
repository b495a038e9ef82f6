using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Lantern.Core.StopSearch;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Services;

/// <summary>
/// Small charts drawn on the server as SVG, for pages that print: bars of a share, months of searches, a ratio's trend,
/// a ratio with its interval. Shapes are placed by SVG attributes and coloured by classes in site.css (the content
/// security policy allows no inline styles); every chart has a title for screen readers, and the numbers are in the table
/// beside it.
/// </summary>
internal static class Charts
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    /// <summary>A bar of a fraction (0 to 1), 80 × 10 pixels; nothing when there is no fraction.</summary>
    public static HtmlString Share(double? fraction)
    {
        if (fraction is not { } f)
        {
            return HtmlString.Empty;
        }

        double w = Math.Clamp(f, 0, 1) * 80;
        return new HtmlString(Inv($"<svg class=\"bar\" width=\"80\" height=\"10\" viewBox=\"0 0 80 10\" aria-hidden=\"true\"><rect class=\"track\" width=\"80\" height=\"10\"/><rect class=\"fill\" width=\"{w:F1}\" height=\"10\"/></svg>"));
    }

    /// <summary>
    /// Searches month by month as columns: a missing month is an empty outlined slot marked "missing" (no records is not no
    /// searches), a partial one a lighter column.
    /// </summary>
    public static HtmlString Months(IReadOnlyList<MonthRow> months)
    {
        const int height = 120, top = 8, bottom = 22;
        int slot = Math.Clamp(640 / Math.Max(1, months.Count), 6, 40);
        int width = (slot * months.Count) + 40;
        long max = Math.Max(1, months.Max(m => m.Rates.Searches));
        var svg = new StringBuilder(Inv($"<svg class=\"chart months\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\"><title>Searches by month</title>"));
        double plot = height - top - bottom;
        svg.Append(Inv($"<text class=\"axis\" x=\"0\" y=\"{top + 4}\">{max:N0}</text><line class=\"axis\" x1=\"38\" y1=\"{height - bottom}\" x2=\"{width}\" y2=\"{height - bottom}\"/>"));
        for (int i = 0; i < months.Count; i++)
        {
            MonthRow m = months[i];
            double x = 40 + (i * slot) + 1;
            double h = plot * m.Rates.Searches / max;
            string cls = m.Status switch { MonthStatus.Missing => "missing", MonthStatus.Incomplete => "partial", _ => "whole" };
            string tip = m.Status == MonthStatus.Missing ? $"{m.Month}: missing (no records)" : Inv($"{m.Month}: {m.Rates.Searches:N0} searches{(m.Status == MonthStatus.Incomplete ? " (partial?)" : "")}");
            svg.Append(m.Status == MonthStatus.Missing
                ? Inv($"<rect class=\"{cls}\" x=\"{x:F1}\" y=\"{top}\" width=\"{slot - 2}\" height=\"{plot:F1}\"><title>{E(tip)}</title></rect>")
                : Inv($"<rect class=\"{cls}\" x=\"{x:F1}\" y=\"{height - bottom - h:F1}\" width=\"{slot - 2}\" height=\"{h:F1}\"><title>{E(tip)}</title></rect>"));
            if (m.Month.Month == 1 || i == 0)
            {
                svg.Append(Inv($"<text class=\"axis\" x=\"{x:F1}\" y=\"{height - 6}\">{m.Month}</text>"));
            }
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>One group's ratio to White month by month, with its 95% interval as a band and a line at 1 (no difference).</summary>
    public static HtmlString RatioTrend(IReadOnlyList<MonthRow> months, EthnicGroup group)
    {
        const int height = 140, top = 8, bottom = 22, left = 40;
        var points = months.Select((m, i) => (i, r: m.Disproportionality?.FirstOrDefault(g => g.Group == group))).Where(p => p.r?.RatioToWhite is not null).ToList();
        if (points.Count == 0)
        {
            return HtmlString.Empty;
        }

        int slot = Math.Clamp(640 / Math.Max(1, months.Count), 6, 40);
        int width = (slot * months.Count) + left;
        double max = Math.Max(1.5, points.Max(p => p.r!.RatioHigh ?? p.r.RatioToWhite!.Value)) * 1.05;
        double plot = height - top - bottom;
        double Y(double v) => top + (plot * (1 - (v / max)));
        double X(int i) => left + (i * slot) + (slot / 2.0);
        var svg = new StringBuilder(Inv($"<svg class=\"chart trend\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\"><title>{E(StopSearchVocabulary.Name(group))}/White ratio by month, with 95% intervals</title>"));
        svg.Append(Inv($"<text class=\"axis\" x=\"0\" y=\"{Y(max) + 8:F1}\">{max:F1}</text><text class=\"axis\" x=\"0\" y=\"{Y(1) + 4:F1}\">1</text>"));
        svg.Append(Inv($"<line class=\"one\" x1=\"{left}\" y1=\"{Y(1):F1}\" x2=\"{width}\" y2=\"{Y(1):F1}\"/>"));
        foreach ((int i, GroupRate? r) in points)
        {
            if (r!.RatioLow is { } lo && r.RatioHigh is { } hi)
            {
                svg.Append(Inv($"<line class=\"ci\" x1=\"{X(i):F1}\" y1=\"{Y(lo):F1}\" x2=\"{X(i):F1}\" y2=\"{Y(hi):F1}\"/>"));
            }
        }

        svg.Append("<polyline class=\"ratio\" points=\"").AppendJoin(' ', points.Select(p => Inv($"{X(p.i):F1},{Y(p.r!.RatioToWhite!.Value):F1}"))).Append("\"/>");
        foreach ((int i, GroupRate? r) in points)
        {
            svg.Append(Inv($"<circle class=\"ratio\" cx=\"{X(i):F1}\" cy=\"{Y(r!.RatioToWhite!.Value):F1}\" r=\"2.5\"><title>{months[i].Month}: {r.RatioToWhite:F2}</title></circle>"));
        }

        for (int i = 0; i < months.Count; i++)
        {
            if (months[i].Month.Month == 1 || i == 0)
            {
                svg.Append(Inv($"<text class=\"axis\" x=\"{X(i) - (slot / 2.0):F1}\" y=\"{height - 6}\">{months[i].Month}</text>"));
            }
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>A ratio as a dot with its 95% interval as a whisker, on a scale from 0 to <paramref name="max"/>, with a mark at 1.</summary>
    public static HtmlString RatioDot(double? ratio, double? low, double? high, double max)
    {
        if (ratio is not { } r || max <= 0)
        {
            return HtmlString.Empty;
        }

        double X(double v) => 2 + (116 * Math.Clamp(v / max, 0, 1));
        var svg = new StringBuilder(Inv($"<svg class=\"dot\" width=\"120\" height=\"12\" viewBox=\"0 0 120 12\" aria-hidden=\"true\"><line class=\"one\" x1=\"{X(1):F1}\" y1=\"0\" x2=\"{X(1):F1}\" y2=\"12\"/>"));
        if (low is { } lo && high is { } hi)
        {
            svg.Append(Inv($"<line class=\"ci\" x1=\"{X(lo):F1}\" y1=\"6\" x2=\"{X(hi):F1}\" y2=\"6\"/>"));
        }

        return new HtmlString(svg.Append(Inv($"<circle class=\"ratio\" cx=\"{X(r):F1}\" cy=\"6\" r=\"3\"/></svg>")).ToString());
    }

    private static string E(string text) => HtmlEncoder.Default.Encode(text);

    private static string Inv(FormattableString s) => s.ToString(s_invariant);
}
