using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Lantern.Analysis;

/// <summary>
/// A recorded backtest as a report (issue #5): the scores by coverage as tables, the paired comparisons, and charts of hit
/// rate and PAI against coverage, one line a method, drawn as SVG on the server (no script: the web's CSP allows none
/// inline, and a file report must open anywhere). Read from the run's stored JSON, so a run recorded months ago reports
/// as it was. Every text is HTML-encoded.
/// </summary>
internal static class BacktestReport
{
    // Colour-blind safe (Okabe & Ito 2008), one a method in the order the run lists them.
    private static readonly string[] s_colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

    private const int Width = 440, Height = 280, Left = 56, Right = 130, Top = 28, Bottom = 44;

    /// <summary>A standalone HTML page of the run: parameters, tables, comparisons, both charts and the method choice.</summary>
    public static string Html(long run, string parametersJson, string inputsJson, string resultJson, MethodChosen? choice)
    {
        using JsonDocument parameters = JsonDocument.Parse(parametersJson);
        using JsonDocument inputs = JsonDocument.Parse(inputsJson);
        using JsonDocument result = JsonDocument.Parse(resultJson);
        var html = new StringBuilder();
        string force = Text(parameters.RootElement, "force");
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Backtest ").Append(E(force)).Append(" (run #")
            .Append(run.ToString(CultureInfo.InvariantCulture)).Append(")</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}" +
                "table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}" +
                "td:first-child,th:first-child{text-align:left}.charts{display:flex;flex-wrap:wrap;gap:1em}</style></head><body>\n");
        html.Append("<h1>Backtest for ").Append(E(force)).Append(" (run #").Append(run.ToString(CultureInfo.InvariantCulture)).Append(")</h1>\n");
        html.Append(Body(parameters.RootElement, inputs.RootElement, result.RootElement));
        if (choice is not null)
        {
            html.Append("<p><strong>Chosen for ").Append(E(force)).Append(": ").Append(E(choice.Method)).Append("</strong> (run #")
                .Append(choice.Run.ToString(CultureInfo.InvariantCulture)).Append(string.Create(CultureInfo.InvariantCulture, $", at {choice.Coverage * 100:0.##}% coverage"))
                .Append("), by the rule: ").Append(E(MethodChoice.Rule)).Append(".</p>\n");
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>The report's body (no page around it): what the run was, both charts, the tables and comparisons.</summary>
    public static string Body(JsonElement parameters, JsonElement inputs, JsonElement result)
    {
        var html = new StringBuilder();
        html.Append("<p>Each ").Append(E(Text(parameters, "unit", "month"))).Append(' ').Append(E(Text(parameters, "from"))).Append("..")
            .Append(E(Text(parameters, "to"))).Append(" forecast from what was known before it; ")
            .Append(parameters.GetProperty("cellSize").GetInt32().ToString(CultureInfo.InvariantCulture)).Append(" m cells");
        if (parameters.TryGetProperty("crs", out JsonElement crs))
        {
            html.Append(" of EPSG:").Append(crs.GetInt32().ToString(CultureInfo.InvariantCulture));
        }

        html.Append("; study area ").Append(result.GetProperty("studyArea").GetProperty("cells").GetInt32().ToString("N0", CultureInfo.InvariantCulture))
            .Append(" cells; ").Append(inputs.GetProperty("crimes").GetInt32().ToString("N0", CultureInfo.InvariantCulture)).Append(" located crimes (")
            .Append(E(Text(inputs, "monthsBySource"))).Append(").</p>\n");
        html.Append("<div class=\"charts\">").Append(Chart(result, "hitRate", "Hit rate against coverage", percent: true))
            .Append(Chart(result, "meanPai", "PAI against coverage", percent: false)).Append("</div>\n");
        JsonElement methods = result.GetProperty("methods");
        int coverages = methods[0].GetProperty("summaries").GetArrayLength();
        for (int k = 0; k < coverages; k++)
        {
            double share = methods[0].GetProperty("summaries")[k].GetProperty("coverage").GetDouble();
            html.Append(string.Create(CultureInfo.InvariantCulture, $"<h3>Coverage {share * 100:0.##}% of the area</h3>\n"))
                .Append("<table class=\"places\"><tr><th>Method</th><th>Hit rate (95% CI)</th><th>Caught</th><th>PAI</th><th>PEI</th><th>Harm captured</th></tr>\n");
            foreach (JsonElement m in methods.EnumerateArray())
            {
                JsonElement s = m.GetProperty("summaries")[k];
                html.Append("<tr><td>").Append(E(Text(m, "name"))).Append("</td><td>")
                    .Append(Percent(s, "hitRate")).Append(" (").Append(Percent(s, "hitRateLow")).Append('–').Append(Percent(s, "hitRateHigh")).Append(")</td><td>")
                    .Append(s.GetProperty("captured").GetInt32().ToString("N0", CultureInfo.InvariantCulture)).Append(" of ")
                    .Append(s.GetProperty("events").GetInt32().ToString("N0", CultureInfo.InvariantCulture)).Append("</td><td>")
                    .Append(Number(s, "meanPai", "F2")).Append("</td><td>").Append(Percent(s, "pei")).Append("</td><td>").Append(Percent(s, "harmCaptured"))
                    .Append("</td></tr>\n");
            }

            html.Append("</table>\n<ul>\n");
            foreach (JsonElement c in result.GetProperty("comparisons").EnumerateArray().Where(c => c.GetProperty("coverage").GetDouble() == share))
            {
                html.Append("<li>").Append(E(Text(c, "best"))).Append(" vs ").Append(E(Text(c, "other"))).Append(": caught more on ")
                    .Append(c.GetProperty("bestWins").GetInt32().ToString(CultureInfo.InvariantCulture)).Append(", fewer on ")
                    .Append(c.GetProperty("otherWins").GetInt32().ToString(CultureInfo.InvariantCulture)).Append(", the same on ")
                    .Append(c.GetProperty("ties").GetInt32().ToString(CultureInfo.InvariantCulture)).Append("; sign test p = ")
                    .Append(Number(c, "signTestP", "0.####")).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p>Hit rate: crimes caught in the chosen cells out of all in the study area, pooled over targets, with a Wilson interval. " +
            "PAI: hit rate over the share of the area chosen, mean over targets. PEI: caught out of the most the same number of cells " +
            "could have caught. Paired comparisons: the method with the highest pooled hit rate against each other, target by target.</p>\n");
        return html.ToString();
    }

    /// <summary>
    /// An SVG line chart of one summary (hitRate or meanPai) against coverage, one line and colour a method, with axes,
    /// grid lines and a legend. Coverage is on a linear axis from 0 to the largest scored.
    /// </summary>
    public static string Chart(JsonElement result, string metric, string title, bool percent)
    {
        JsonElement methods = result.GetProperty("methods");
        double maxX = 0, maxY = 0;
        foreach (JsonElement m in methods.EnumerateArray())
        {
            foreach (JsonElement s in m.GetProperty("summaries").EnumerateArray())
            {
                maxX = Math.Max(maxX, s.GetProperty("coverage").GetDouble());
                if (s.GetProperty(metric).ValueKind == JsonValueKind.Number)
                {
                    maxY = Math.Max(maxY, s.GetProperty(metric).GetDouble());
                }
            }
        }

        maxY = percent ? Math.Min(1, NiceCeiling(maxY)) : NiceCeiling(maxY);
        maxX = maxX > 0 ? maxX : 1;
        maxY = maxY > 0 ? maxY : 1;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        double X(double v) => Left + (v / maxX * plotW);
        double Y(double v) => Top + plotH - (v / maxY * plotH);
        var svg = new StringBuilder();
        svg.Append(string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(title)}\" font-family=\"sans-serif\" font-size=\"11\">"));
        svg.Append(string.Create(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{E(title)}</text>"));
        for (int t = 0; t <= 4; t++)
        {
            double v = maxY * t / 4, y = Y(v);
            string label = percent ? string.Create(CultureInfo.InvariantCulture, $"{v * 100:0.#}%") : v.ToString("0.##", CultureInfo.InvariantCulture);
            svg.Append(string.Create(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Left + plotW}\" y2=\"{y:F1}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">{label}</text>"));
        }

        double lastLabel = double.NegativeInfinity;
        foreach (JsonElement s in methods[0].GetProperty("summaries").EnumerateArray())
        {
            double c = s.GetProperty("coverage").GetDouble(), x = X(c);
            svg.Append(string.Create(CultureInfo.InvariantCulture,
                $"<line x1=\"{x:F1}\" y1=\"{Top + plotH}\" x2=\"{x:F1}\" y2=\"{Top + plotH + 4}\" stroke=\"#333\"/>"));
            if (x - lastLabel >= 24)
            {
                // Coverages close together (1% and 2%) would print over each other: the tick stays, the label is left out.
                svg.Append(string.Create(CultureInfo.InvariantCulture,
                    $"<text x=\"{x:F1}\" y=\"{Top + plotH + 16}\" text-anchor=\"middle\">{c * 100:0.##}%</text>"));
                lastLabel = x;
            }
        }

        svg.Append(string.Create(CultureInfo.InvariantCulture,
            $"<line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Left + plotW}\" y2=\"{Top + plotH}\" stroke=\"#333\"/><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotH}\" stroke=\"#333\"/>" +
            $"<text x=\"{Left + (plotW / 2):F1}\" y=\"{Height - 8}\" text-anchor=\"middle\">coverage (share of the study area)</text>"));
        int i = 0;
        foreach (JsonElement m in methods.EnumerateArray())
        {
            string colour = s_colours[i % s_colours.Length];
            var points = new List<string>();
            foreach (JsonElement s in m.GetProperty("summaries").EnumerateArray())
            {
                if (s.GetProperty(metric).ValueKind == JsonValueKind.Number)
                {
                    points.Add(string.Create(CultureInfo.InvariantCulture, $"{X(s.GetProperty("coverage").GetDouble()):F1},{Y(s.GetProperty(metric).GetDouble()):F1}"));
                }
            }

            svg.Append(string.Create(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', points)}\"/>"));
            foreach (string p in points)
            {
                string[] xy = p.Split(',');
                svg.Append(string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"3\" fill=\"{colour}\"/>"));
            }

            double ly = Top + 8 + (i * 16);
            svg.Append(string.Create(CultureInfo.InvariantCulture,
                $"<line x1=\"{Width - Right + 10}\" y1=\"{ly:F1}\" x2=\"{Width - Right + 28}\" y2=\"{ly:F1}\" stroke=\"{colour}\" stroke-width=\"2\"/><text x=\"{Width - Right + 32}\" y=\"{ly + 4:F1}\">{E(Text(m, "name"))}</text>"));
            i++;
        }

        return svg.Append("</svg>").ToString();
    }

    // 1, 2 or 5 times a power of ten at or above the value, so the axis ends on a round number.
    private static double NiceCeiling(double value)
    {
        if (!(value > 0))
        {
            return 1;
        }

        double power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (double step in (ReadOnlySpan<double>)[1, 2, 2.5, 5, 10])
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Text(JsonElement e, string name, string otherwise = "") =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : otherwise;

    private static string Percent(JsonElement e, string name) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble().ToString("P1", CultureInfo.InvariantCulture) : "-";

    private static string Number(JsonElement e, string name, string format) =>
        e.GetProperty(name).ValueKind == JsonValueKind.Number ? e.GetProperty(name).GetDouble().ToString(format, CultureInfo.InvariantCulture) : "-";
}
