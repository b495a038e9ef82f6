using System.Globalization;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Core.Offenders;
using Lantern.Data.Store.Offenders;

namespace Lantern.Cli;

/// <summary>Plain-text output of the offender commands.</summary>
internal static partial class OffendersCommand
{
    private static int Print(CliContext context, OffenderRunResult r, bool json)
    {
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                marking = OffenderStore.Marking,
                run = r.Run,
                list = r.List,
                wanted = r.Wanted,
                fairness = r.Fairness,
                powerFew = r.PowerFew,
                automaticChoices = r.Choices,
            }, JsonOutput.Options));
            return ExitCodes.Ok;
        }

        TextWriter o = context.Out;
        StoredScoreRun run = r.Run;
        o.WriteLine($"{OffenderStore.Marking}. Advisory: nobody is managed on this list until a supervisor accepts them ('lantern offenders review').");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Run {run.Id}: window of {run.WindowDays} days to {run.AsOf}; offences {run.OffenceSet}; weights {run.WeightsVersion}; groups {run.GroupsVersion}; " +
            $"bands {run.BandsVersion}{(run.HalfLifeDays is { } h ? $"; half-life {h:0.#} days" : string.Empty)}; {run.Ranked:N0} people ranked."));
        foreach (string c in r.Choices)
        {
            o.WriteLine("Automatic choice: " + c);
        }

        o.WriteLine();
        o.WriteLine("rank  person        harm (days)  offences  victims  latest      R   F   G   V  RFGV  wanted");
        foreach (StoredScore s in r.List)
        {
            o.WriteLine(Row(s));
        }

        if (r.Wanted.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"Wanted, most harmful first ({r.Wanted.Count}):");
            foreach (StoredScore s in r.Wanted.Take(20))
            {
                o.WriteLine(Row(s));
            }
        }

        o.WriteLine();
        PrintFairness(context, r.Fairness);
        if (r.PowerFew is { } few)
        {
            o.WriteLine();
            PrintPowerFew(context, few);
        }

        return ExitCodes.Ok;
    }

    private static string Row(StoredScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.Rank,4}  {s.PersonId,-12}  {s.Harm,11:#,##0.##}  {s.Offences,8}  {s.Victims,7}  {s.LatestOffence,-10}  {s.RecencyPoints,2}  {s.FrequencyPoints,2}  " +
        $"{s.GravityPoints,2}  {s.VictimsPoints,2}  {s.Rfgv,4}  {(s.Wanted ? "wanted" : string.Empty)}");

    internal static void PrintFairness(CliContext context, FairnessReport f)
    {
        TextWriter o = context.Out;
        string area = f.AreaSource is null ? string.Empty : $" and the area's residents ({f.AreaSource})";
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fairness: the list of {f.ListSize} against the suspect population of {f.SuspectCount:N0}{area}; ") +
            "95% intervals; FLAG when a group's list interval lies above its suspect share.");
        o.WriteLine("  attribute  group        list   (95% interval)    suspects   area    ratio");
        foreach (FairnessRow row in f.Rows)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {row.Attribute,-9}  {row.Group,-10}  {row.Listed.Value ?? 0,6:P1}  ({row.Listed.Low ?? 0:P1}-{row.Listed.High ?? 0:P1})  {row.Suspects.Value ?? 0,8:P1}  ") +
                string.Create(CultureInfo.InvariantCulture, $"{(row.AreaShare is { } a ? a.ToString("P1", CultureInfo.InvariantCulture) : "-"),6}  {(row.RatioToSuspects is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-"),5}" +
                $"{(row.Flagged ? "  FLAG: over-represented against suspects" : string.Empty)}"));
        }

        PrintCensus(context, f);
    }

    private static void PrintCensus(CliContext context, FairnessReport f)
    {
        TextWriter o = context.Out;
        o.WriteLine(f.CensusNote ?? "No area benchmark.");
        if (f.Census is not { } c)
        {
            return;
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ethnicity against the area's residents: shares of the {c.ListMapped} on the list and {c.SuspectsMapped:N0} suspects whose recorded ethnicity maps to a census group; 95% intervals."));
        o.WriteLine("  census group  recorded as            list   (95% interval)    suspects (95% interval)    residents  list/area");
        foreach (AreaComparisonRow row in c.Rows)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {row.Name,-12}  {string.Join(", ", row.Values),-20}  {row.Listed.Value ?? 0,6:P1}  ({row.Listed.Low ?? 0:P1}-{row.Listed.High ?? 0:P1})  ") +
                string.Create(CultureInfo.InvariantCulture, $"{row.Suspects.Value ?? 0,6:P1} ({row.Suspects.Low ?? 0:P1}-{row.Suspects.High ?? 0:P1})  {row.AreaShare,9:P1}  ") +
                string.Create(CultureInfo.InvariantCulture, $"{(row.RatioToArea is { } x ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-"),9}") +
                (row.ListAboveArea ? "  list above residents" : string.Empty) + (row.SuspectsAboveArea ? "  suspects above residents" : string.Empty));
        }

        foreach (UnmappedGroup u in c.Unmapped)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  not mapped to a census group: '{u.Value}' ({u.Listed} on the list, {u.Suspects:N0} suspects)"));
        }

        foreach (string gap in c.NotCompared)
        {
            o.WriteLine("  " + gap);
        }
    }

    internal static void PrintPowerFew(CliContext context, PowerFewReport few)
    {
        foreach ((string who, PowerFewSide side) in (ReadOnlySpan<(string, PowerFewSide)>)[("offenders", few.Offenders), ("victims", few.Victims)])
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Power few, {who}: {side.People:N0} with harm, {side.TotalHarm:#,##0} days in all; ") +
                string.Join(", ", side.Shares.Select(s => string.Create(CultureInfo.InvariantCulture, $"top {s.Percent:0}% ({s.People:N0}) hold {s.HarmShare:P0}"))) +
                string.Create(CultureInfo.InvariantCulture, $"; {side.ShareOfPeopleFor50:P1} hold half, {side.ShareOfPeopleFor80:P1} hold 80%."));
        }
    }

    private static void PrintSubjectAccess(CliContext context, SubjectAccessReport r)
    {
        TextWriter o = context.Out;
        o.WriteLine($"{OffenderStore.Marking}. Subject access: {r.PersonId}.");
        if (!r.HoldsAnything)
        {
            o.WriteLine("Nothing is held about this person id.");
            return;
        }

        if (r.Person is { } p)
        {
            o.WriteLine($"Person: wanted {(p.Wanted ? "yes" : "no")}; sex {p.Sex}, age band {p.AgeBand}, ethnicity {p.Ethnicity} (fairness audits only); updated {p.UpdatedAt}.");
        }

        o.WriteLine($"Records ({r.Records.Count}):");
        foreach (StoredOffenderRecord x in r.Records)
        {
            o.WriteLine($"  {x.Date} {x.Reference} {x.OffenceCode} {OffenderRoles.Slug((OffenderRole)x.Role)}{(x.Domestic ? " domestic" : string.Empty)}" +
                $"{(x.VictimId is null ? string.Empty : $" victim {x.VictimId}")}{(x.Outcome is null ? string.Empty : $" ({x.Outcome})")}");
        }

        o.WriteLine($"Named as victim in others' records ({r.NamedAsVictim.Count}):");
        foreach (StoredOffenderRecord x in r.NamedAsVictim)
        {
            o.WriteLine($"  {x.Date} {x.Reference} {x.OffenceCode}");
        }

        o.WriteLine($"Scores kept ({r.Scores.Count}):");
        foreach (StoredScore s in r.Scores)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  run {s.RunId}: rank {s.Rank}, harm {s.Harm:#,##0.##}, RFGV {s.Rfgv} ({s.WeightsVersion}, {s.BandsVersion})"));
        }

        o.WriteLine($"Decisions ({r.Reviews.Count}):");
        foreach (StoredReview v in r.Reviews)
        {
            o.WriteLine($"  {v.DecidedAt} {v.Decision} on run {v.RunId} by {v.Reviewer}: {v.Reason}");
        }

        o.WriteLine(r.ManagedSince is null ? "Not on the managed list." : $"On the managed list since {r.ManagedSince}.");
        o.WriteLine($"Disclosures ({r.Disclosures.Count}):");
        foreach (StoredExport e in r.Disclosures)
        {
            o.WriteLine($"  export {e.Id} {e.ExportedAt} to {e.Recipient} by {e.ExportedBy} ({e.Marking}): {e.What}; why: {e.Justification}");
        }
    }
}
