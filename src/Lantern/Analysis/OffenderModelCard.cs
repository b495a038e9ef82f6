using System.Globalization;
using Lantern.Core.Harm;
using Lantern.Core.Offenders;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>
/// The offender prioritisation tool described as the UK Algorithmic Transparency Recording Standard asks (DOMAIN.md §7):
/// tier 1 a public summary, tier 2 owner, rationale, data, method, versions, risks, fairness results and review. The
/// fairness results are the latest run's (aggregates only); nothing in the card names a person.
/// </summary>
internal static class OffenderModelCard
{
    public sealed record Section(string Title, IReadOnlyList<(string Field, string Value)> Fields);

    public static IReadOnlyList<Section> Build(LanternStore? store, string owner)
    {
        StoredScoreRun? run = store is null ? null : OffenderStore.LatestRun(store);
        FairnessReport? fairness = null;
        PowerFewReport? few = null;
        if (store is not null && run is not null)
        {
            IReadOnlyList<string> listed = [.. OffenderStore.Scores(store, run.Id, 100).Select(s => s.PersonId)];
            PersonDemographics demographics = OffenderStore.Demographics(store);
            OffenderArea.Resolved census = OffenderRun.CensusOf(store, run, null);
            fairness = FairnessReport.Compute(GroupComposition.Of(listed, demographics), OffenderRun.SuspectComposition(store, run), null, census.Benchmark)
                with { CensusNote = census.Note };
            few = OffenderRun.PowerFewOf(store, run);
        }

        string flagged = fairness is null ? "no scoring recorded yet"
            : fairness.ListSize < OffenderRun.SmallList ? string.Create(CultureInfo.InvariantCulture,
                $"not published: the latest list has {fairness.ListSize} people, fewer than {OffenderRun.SmallList}, and its composition could tell who they are")
            : fairness.Flagged.Any() ? "flagged: " + string.Join("; ", fairness.Flagged.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Attribute} {r.Group} {r.Listed.Value:P0} of the list against {r.Suspects.Value:P0} of suspects")))
            : string.Create(CultureInfo.InvariantCulture, $"no group over-represented against the suspect benchmark (list of {fairness.ListSize}, {fairness.SuspectCount:N0} suspects)");
        return
        [
            new("Tier 1: summary",
            [
                ("Name", "Lantern offender prioritisation (harm-ranked list of violence against women and girls suspects)"),
                ("Description", "Ranks people recorded as suspects of violence against women and girls by the harm of their alleged offences over a rolling window, " +
                    "so that a public protection unit can consider the most harmful for multi-agency management. Every score is explained and reviewed by a supervisor."),
                ("Purpose", "Find, among tens of thousands of suspects, the few who cause most harm, and the most harmful wanted suspects, for review (the Met's V100 approach)."),
                ("How it is used", "Advisory only: a person enters the managed list only when a named supervisor accepts them, with a reason. Nobody is acted on by score alone."),
                ("Owner and contact", owner),
            ]),
            new("Tier 2: owner and responsibility",
            [
                ("Senior responsible owner", owner),
                ("Who may see person-level data", "the public-protection role only; every view, search, export and decision needs a justification and is written to the hash-chained audit log (DPA 2018 s.62)"),
                ("Lawful basis", "DPA 2018 Part 3 law enforcement processing; a data protection impact assessment (s.64) is required before use"),
            ]),
            new("Tier 2: data",
            [
                ("Source", "the force's own records in the offender records export (docs/formats.md): pseudonymous person id, crime reference, date, Home Office offence code, role, domestic flag, victim id, outcome, wanted status"),
                ("Protected characteristics", "sex, age band and ethnicity are held apart and used only to audit fairness; the scorer's input type has no field for them, and a test proves the ranking does not change when they do"),
                ("Victims", "never scored: records of a person as victim are held for subject access only"),
                ("Retention", new RetentionPolicy().Version + ": people who no longer qualify leave the list; data past retention is erased everywhere, each erasure audited"),
            ]),
            new("Tier 2: method",
            [
                ("Harm", $"sum over a rolling window (default {HarmScoringOptions.DefaultWindowDays} days) of the Cambridge Crime Harm Index weight of each alleged offence in the offence set, as suspect, charged or convicted; optional recency decay"),
                ("Offence set (default)", OffenceSet.Default.Version),
                ("Weights version", run?.WeightsVersion ?? HarmTable.ByOffenceCode.Version),
                ("Offence groups version", run?.GroupsVersion ?? OffenceGroupTable.Default.Version),
                ("RFGV bands version", run?.BandsVersion ?? RfgBands.Default.Version),
                ("Latest scoring", run is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"run {run.Id}, window to {run.AsOf} ({run.WindowDays} days), {run.Ranked:N0} people ranked, by {run.CreatedBy} at {run.CreatedAt}")),
                ("Concentration", few is null ? "no scoring recorded yet" : string.Create(CultureInfo.InvariantCulture,
                    $"top 1% of offenders hold {few.Offenders.Shares[0].HarmShare:P0} of harm, top 10% {few.Offenders.Shares[2].HarmShare:P0}; {few.Offenders.ShareOfPeopleFor80:P0} of offenders cause 80%")),
            ]),
            new("Tier 2: risks",
            [
                ("Allegations, not convictions", "suspects are scored on alleged offences; a score is a reason to look, not a finding"),
                ("Recording bias", "who is recorded as a suspect reflects reporting and policing; the fairness report compares the list with the suspect population and the area's residents"),
                ("The Gangs Matrix", "no retention, shadow lists, victims mixed with perpetrators, blanket sharing and a list 78-80% Black led the ICO to act; each is answered here by retention, victims never scored, logged and justified disclosure, and monitored disproportion"),
                ("Weights", "harm weights are sentencing starting points, not the harm a victim suffered"),
            ]),
            new("Tier 2: fairness results", [("Latest list against the suspect benchmark", flagged), ("Latest list against the area's residents", AreaResult(fairness))]),
            new("Tier 2: review process",
            [
                ("Human review", "a named supervisor accepts, rejects or defers each listed person with a reason, kept with the score it was made on"),
                ("Challenge", "every score carries its explanation (records, contributions, window, versions); subject access gives everything held about a person and every disclosure of it"),
                ("Monitoring", "fairness report beside every list; power-few report; audit log verifiable with 'lantern audit verify'"),
            ]),
        ];
    }

    // Ethnicity only: the census tables held have no sex or age band. Shares of the people whose ethnicity maps to a census group.
    private static string AreaResult(FairnessReport? f) => f switch
    {
        null => "no scoring recorded yet",
        { ListSize: < OffenderRun.SmallList } => "not published (a list of fewer than 10)",
        { Census: null } => f.CensusNote ?? "no area benchmark",
        { Census: { } c } => $"{c.Benchmark.Source}: " + string.Join("; ", c.Rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Name} {r.Listed.Value ?? 0:P0} of the list, {r.Suspects.Value ?? 0:P0} of suspects, {r.AreaShare:P0} of residents"))) +
            string.Create(CultureInfo.InvariantCulture, $"; {c.Unmapped.Sum(u => u.Listed)} on the list with no census group; sex and age band not compared (no census table held)"),
    };
}
