using System.Globalization;
using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Forces;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis.Scrutiny;

/// <summary>
/// The scrutiny panel's monthly report (docs/stop-search.md): the month's summary, body-worn video and the Section 60
/// authorisations in force, each made and recorded by its own run as the dashboard makes it, then published as tables
/// with small numbers suppressed (<see cref="ScrutinyTablesBuilder"/>), recorded as a run of its own and written to the
/// audit log as a view (who, what, in which format, from where). No search is listed.
/// </summary>
internal static class ScrutinyReportRun
{
    public const string Kind = "stopsearch-report";

    /// <summary>The audit log's action for a view of the report.</summary>
    public const string AuditAction = "view-scrutiny-report";

    /// <summary>Makes the report of a force and month (null: the latest month with searches) for <paramref name="by"/>, seen as <paramref name="format"/>.</summary>
    public static ScrutinyReport Compute(LanternStore store, string? givenForce, string? givenMonth, string by, string format, string? client, TimeProvider time)
    {
        var choices = new List<string>();
        YearMonth? asked = HotspotsCommand.Month(string.IsNullOrWhiteSpace(givenMonth) ? null : givenMonth.Trim(), "--month");
        (string force, _, YearMonth latest) = StopSearchRun.ResolvePeriod(store, givenForce, asked?.ToString(), asked?.ToString(), []);
        YearMonth month = asked ?? latest;
        if (asked is null)
        {
            choices.Add($"month: {month} (the latest month with searches)");
        }

        DateTimeOffset now = time.GetUtcNow();
        StopSearchResult summary = StopSearchRun.Compute(store, new StopSearchRequest { Force = force, From = month.ToString(), To = month.ToString(), By = by }, time);
        var bwv = BodyWornVideoRun.Compute(store, force, month.ToString(), month.ToString(), "team", null, by, time);
        (DateTimeOffset start, DateTimeOffset end) = Bounds(month);
        List<Section60ReportResult> section60 = [.. Section60Store.List(store, force, 10_000)
            .Where(row => row.ToAuthorisation() is var a && a.Start < end && a.EffectiveEnd > start)
            .OrderBy(row => row.ToAuthorisation().Start)
            .Select(row => Section60Report.Compute(store, row, by, now))];
        MonthRow m = summary.Summary.Months[0];

        IReadOnlyList<ReportTable> tables = [];
        int withheld = 0;
        if (m.Status != MonthStatus.Missing)
        {
            var b = new ScrutinyTablesBuilder(summary.Summary);
            b.AddTotals();
            b.AddBreakdown<Legislation>("legislation", "Power", StopSearchVocabulary.Name, withRates: true);
            b.AddBreakdown<ObjectOfSearch>("objectOfSearch", "Object of search", StopSearchVocabulary.Name, withRates: true);
            b.AddBreakdown<SearchOutcome>("outcome", "Outcome", StopSearchVocabulary.Name, withRates: false);
            b.TieOutcomes();
            b.AddBreakdown<EthnicGroup>("selfDefinedEthnicity", "Self-defined ethnicity", StopSearchVocabulary.Name, withRates: true);
            b.AddBreakdown<EthnicGroup>("officerDefinedEthnicity", "Officer-defined ethnicity", StopSearchVocabulary.Name, withRates: true);
            b.AddBreakdown<AgeRange>("ageRange", "Age range", StopSearchVocabulary.Name, withRates: true);
            b.AddBreakdown<Gender>("gender", "Gender", StopSearchVocabulary.Name, withRates: true);
            b.AddDisproportionality(summary.Residents?.Groups, Denominators(summary));
            b.AddOutcomeTest();
            b.AddSection60(section60, now, month);
            b.AddBodyWornVideo(bwv.Total.Searches > 0 ? bwv.Total : null);
            b.AddDataQuality(m, StopSearchQuery.DaysWithSearches(store, force, month));
            tables = b.Build();
            withheld = b.Suppression!.SecondaryCount; // set by Build
        }

        string forceName = PoliceForces.Find(force)?.Name ?? force;
        List<string> notes = Notes(m, month);
        string parameters = JsonSerializer.Serialize(new { force, month = month.ToString() }, JsonOutput.Options);
        string inputs = JsonSerializer.Serialize(new
        {
            database = store.Name,
            runs = new { summary = summary.RunId, bodyWornVideo = bwv.Run.RunId, section60 = section60.Select(r => r.RunId) },
            threshold = Core.Disclosure.SuppressionBuilder.DefaultThreshold,
            secondaryWithheld = withheld,
            format,
            automaticChoices = choices,
        }, JsonOutput.Options);
        string result = JsonSerializer.Serialize(new
        {
            force,
            forceName,
            month = month.ToString(),
            status = m.Status,
            threshold = Core.Disclosure.SuppressionBuilder.DefaultThreshold,
            tables,
            notes,
        }, JsonOutput.Options);
        long run = AnalysisRun.Record(store, Kind, force, by, LanternCli.Version, now, parameters, inputs, result);
        AuditEntry.Append(store, now, by, AuditAction, $"stop-search report {force} {month}",
            detail: JsonSerializer.Serialize(new { format, run }, JsonOutput.Options), client: client);
        return new ScrutinyReport(force, forceName, month, m.Status, tables, notes, withheld, now, by, run, parameters, result);
    }

    // The month's first and last instant (exclusive), UK time: midnight is never skipped or repeated by the clock changes.
    private static (DateTimeOffset Start, DateTimeOffset End) Bounds(YearMonth month)
    {
        UkTime.TryFromLocal(month.FirstDay.ToDateTime(TimeOnly.MinValue), out DateTimeOffset start);
        UkTime.TryFromLocal(month.PlusMonths(1).FirstDay.ToDateTime(TimeOnly.MinValue), out DateTimeOffset end);
        return (start, end);
    }

    private static string Denominators(StopSearchResult s) => s.Residents is { } r
        ? Text($"Residents: {r.Method} ({r.Groups.Total:N0} residents of the five groups).")
        : $"No census residents for {s.Force}, so no rates per 1,000 or ratios: {string.Join("; ", s.ResidentsReasons)}. An administrator or analyst imports them " +
          "with 'lantern population import FILE' (Census 2021 by MSOA with the MSOA to borough and borough to force lookups, or Census 2011 by police force area; docs/stop-search.md).";

    private static List<string> Notes(MonthRow m, YearMonth month)
    {
        var notes = new List<string>
        {
            "Aggregates only: no search is listed. Every count under 5 (0 to 4) is shown as <5. A figure shown as [c] is withheld so that a count under 5 " +
            "cannot be worked out from the others and the totals, or is made from a withheld count. A rate is shown only when both its events and its " +
            "non-events are 5 or more (so neither 'none of them' nor 'all but 2 of them' can be read off it). In the CSV, a withheld figure is blank, with the reason.",
        };
        if (m.Status == MonthStatus.Missing)
        {
            notes.Add($"The store has no stop-and-search records of the force for {month}: the month was not published or not imported. It is missing, not a month without searches.");
        }
        else if (m.Status == MonthStatus.Incomplete)
        {
            notes.Add(Text($"The force's records for {month} run from {m.FirstDay:d MMM} to {m.LastDay:d MMM}: the month is probably incomplete, and its figures too low."));
        }

        notes.Add("Ethnicity is used here only to audit searches. Rates per 1,000 compare searches with where people live, not with who was out and about; " +
            "the ratios are the Home Office's method, not by themselves a measure of bias.");
        return notes;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
