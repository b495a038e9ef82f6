using System.Globalization;
using Lantern.Core.StopSearch;
using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Services;

/// <summary>How the stop-and-search pages write figures: invariant culture, rates as percentages with their 95% interval, "–" for what cannot be worked out.</summary>
internal static class Figures
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    public static string N(long n) => n.ToString("N0", s_invariant);

    public static string Percent(double? f) => f is { } v ? Inv($"{v * 100:F1}%") : "–";

    public static string Rate(Proportion p) => p.Value is { } v ? Inv($"{v * 100:F1}% ({p.Low * 100:F1}–{p.High * 100:F1}%)") : "–";

    /// <summary>A rate for a table cell: the percentage, then its interval in smaller type (it wraps under the rate in narrow columns).</summary>
    public static HtmlString RateCell(Proportion p) => p.Value is { } v
        ? new HtmlString(Inv($"<span class=\"v\">{v * 100:F1}%</span> <span class=\"ci\">({p.Low * 100:F1}–{p.High * 100:F1}%)</span>"))
        : new HtmlString("–");

    /// <summary>A group's rate per 1,000 with its interval and, under it, its ratio to White with its interval: one table cell.</summary>
    public static HtmlString GroupCell(GroupRate? g) => g?.RatePer1000 is not { } v ? new HtmlString("–")
        : new HtmlString(Inv($"<span class=\"v\">{v:F2}</span> <span class=\"ci\">({g.RateLow:F2}–{g.RateHigh:F2})</span>") +
            (g.RatioToWhite is { } r ? Inv($"<br><span class=\"v ratio\">×{r:F2}</span>") + (g.RatioLow is { } lo ? Inv($" <span class=\"ci\">({lo:F2}–{g.RatioHigh:F2})</span>") : "") : ""));

    public static string Per1000(GroupRate g) => g.RatePer1000 is { } v ? Inv($"{v:F2} ({g.RateLow:F2}–{g.RateHigh:F2})") : "–";

    public static string Ratio(GroupRate g) => g.RatioToWhite is not { } r ? "–" : g.RatioLow is { } lo ? Inv($"{r:F2} ({lo:F2}–{g.RatioHigh:F2})") : Inv($"{r:F2}");

    public static string Difference(ProportionDifference? d) =>
        d is { } x ? Inv($"{x.Value * 100:+0.0;−0.0;0.0} points ({x.Low * 100:+0.0;−0.0;0.0} to {x.High * 100:+0.0;−0.0;0.0})") : "–";

    public static string Difference(double? value, double? low, double? high) =>
        value is { } v && low is { } l && high is { } h ? Difference(new ProportionDifference(v, l, h)) : "–";

    /// <summary>A number for a data attribute: round-trip invariant, empty when there is none.</summary>
    public static string Raw(double? v) => v?.ToString("R", s_invariant) ?? string.Empty;

    public static string Status(MonthRow m) => m.Status switch
    {
        MonthStatus.Missing => "MISSING (no records)",
        MonthStatus.Incomplete => Inv($"partial? records {m.FirstDay:d MMM} to {m.LastDay:d MMM}"),
        _ => "whole",
    };

    public static string Basis(EthnicityBasis b) => b == EthnicityBasis.SelfDefined ? "self-defined" : "officer-defined";

    private static string Inv(FormattableString s) => s.ToString(s_invariant);
}
