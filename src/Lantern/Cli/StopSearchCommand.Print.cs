using System.Globalization;
using Lantern.Analysis;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class StopSearchCommand
{
    private static readonly (string Field, string Title)[] s_breakdowns =
    [
        ("legislation", "Power"),
        ("objectOfSearch", "Object of search"),
        ("outcome", "Outcome"),
        ("ageRange", "Age range"),
        ("gender", "Gender"),
        ("selfDefinedEthnicity", "Self-defined ethnicity"),
        ("officerDefinedEthnicity", "Officer-defined ethnicity (kept separate)"),
    ];

    private static void Print(CliContext context, StopSearchResult r)
    {
        IAnsiConsole console = context.Console;
        StopSearchSummary s = r.Summary;
        string where = r.Area is null ? PoliceForces.Find(r.Force)?.Name ?? r.Force : $"{r.Area.Name ?? r.Area.Code} ({r.Area.Code}), {r.Force}";
        console.MarkupLine(Markup.Escape(Text($"Stop and search, {where}, {s.From}..{s.To}: {s.Total.Searches:N0} searches, {s.WithoutLocation:N0} without coordinates")) +
            $" [grey](run #{r.RunId})[/]");
        console.WriteLine(Text($"Arrest rate {Rate(s.Total.Arrest)}; any positive outcome {Rate(s.Total.Positive)}; find rate {Rate(s.Total.Find)}."));

        var months = new Table().Title("Months").AddColumns("Month", "Searches", "No coordinates", "Arrest rate", "Positive outcome", "Black/White ratio", "Status");
        foreach (MonthRow m in s.Months)
        {
            GroupRate? black = m.Disproportionality?.FirstOrDefault(g => g.Group == EthnicGroup.Black);
            months.AddRow(m.Month.ToString(), N(m.Rates.Searches), N(m.WithoutLocation), Rate(m.Rates.Arrest), Rate(m.Rates.Positive),
                black is null ? "-" : Ratio(black), Status(m));
        }

        console.Write(months);
        foreach ((string field, string title) in s_breakdowns)
        {
            // Outcome rates by outcome would only say that arrests end in arrest.
            bool withRates = field != "outcome";
            var table = new Table().Title(title).AddColumns(title, "Searches", "Share");
            if (withRates)
            {
                table.AddColumns("Find rate", "Arrest rate", "Positive outcome");
            }

            foreach (BreakdownRow b in s.Breakdowns[field])
            {
                string[] cells = [Markup.Escape(b.Name), N(b.Rates.Searches), b.Share is { } sh ? Text($"{sh * 100:F1}%") : "-"];
                table.AddRow(withRates ? [.. cells, Rate(b.Rates.Find), Rate(b.Rates.Arrest), Rate(b.Rates.Positive)] : cells);
            }

            console.Write(table);
        }

        string basis = s.Options.Basis == EthnicityBasis.SelfDefined ? "self-defined" : "officer-defined";
        if (s.Disproportionality is { } rates && r.Residents is { } res)
        {
            var table = new Table().Title(Markup.Escape($"Disproportionality ({basis} ethnicity; residents: {res.Method})"))
                .AddColumns("Group", "Searches", "Residents", "Per 1,000 residents in the period (95% CI)", "Ratio to White (95% CI)");
            foreach (GroupRate g in rates)
            {
                table.AddRow(StopSearchVocabulary.Name(g.Group), N(g.Searches), N(g.Residents),
                    g.RatePer1000 is { } v ? Text($"{v:F2} ({g.RateLow:F2}–{g.RateHigh:F2})") : "-", Ratio(g));
            }

            table.AddRow("Not stated", N(s.UnknownEthnicity), "-", "left out", "left out");
            console.Write(table);
        }

        OutcomeTest test = s.OutcomeTest;
        string measure = test.Measure == OutcomeTestMeasure.FindRate ? "find rate" : "positive outcome rate (find rate not recorded)";
        var outcome = new Table().Title(Markup.Escape($"Outcome test ({basis} ethnicity, {measure})")).AddColumns("Group", "Rate (95% CI)", "Difference from White (95% CI)");
        foreach (OutcomeTestRow row in test.Rows)
        {
            outcome.AddRow(StopSearchVocabulary.Name(row.Group), Rate(row.Rate),
                row.DifferenceFromWhite is { } d ? Text($"{d * 100:+0.0;-0.0;0.0} points ({row.DifferenceLow * 100:+0.0;-0.0;0.0} to {row.DifferenceHigh * 100:+0.0;-0.0;0.0})") : "-");
        }

        console.Write(outcome);
        foreach (string c in r.Choices)
        {
            console.WriteLine($"Automatic choice: {c}");
        }

        foreach (string note in r.Notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }

    private static string Status(MonthRow m) => m.Status switch
    {
        MonthStatus.Missing => "MISSING (no records)",
        MonthStatus.Incomplete => Text($"partial? records {m.FirstDay:d MMM} to {m.LastDay:d MMM}"),
        _ => "whole",
    };

    internal static string Rate(Proportion p) => p.Value is { } v ? Text($"{v * 100:F1}% ({p.Low * 100:F1}–{p.High * 100:F1}%)") : "-";

    private static string Ratio(GroupRate g) => g.RatioToWhite is not { } r ? "-"
        : g.RatioLow is { } lo ? Text($"{r:F2} ({lo:F2}–{g.RatioHigh:F2})")
        : Text($"{r:F2}");

    internal static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
