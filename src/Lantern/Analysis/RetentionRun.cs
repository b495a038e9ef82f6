using System.Globalization;
using System.Text.Json;
using Dapper;
using Lantern.Cli;
using Lantern.Core.Offenders;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>
/// The retention run (docs/offenders.md; `lantern retention run` and daily in the server): people on the managed list
/// who no longer qualify (no counted offence in the window of the score they were accepted on, as of today) leave it;
/// people whose data is past its MoPI retention date are erased everywhere, each erasure audited; group 1 people
/// due for review are listed, not erased. Recorded as an analysis run of aggregates.
/// </summary>
internal static class RetentionRun
{
    public const string Kind = "retention";

    public sealed record Outcome(DateOnly Today, string Policy, int People, int LeftList, int Erased, int ReviewDue, long RunId, IReadOnlyList<string> Notes);

    public static Outcome Run(LanternStore store, RetentionPolicy policy, DateTimeOffset now, string by)
    {
        DateOnly today = UkTime.DateOf(now);
        var notes = new List<string>();
        int left = LeaveList(store, today, now, by, notes);

        var latest = new Dictionary<string, (DateOnly Latest, int Group)>(StringComparer.Ordinal);
        foreach ((string person, string code, string date) in store.Connection.Query<(string, string, string)>(
            "SELECT person_id, offence_code, date FROM offender_record"))
        {
            var d = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            int group = OffenceGroupTable.Default.Classify(code).MopiGroup;
            latest[person] = latest.TryGetValue(person, out var x) ? (d > x.Latest ? d : x.Latest, Math.Min(group, x.Group)) : (d, group);
        }

        int erased = 0, review = 0;
        foreach ((string person, (DateOnly last, int group)) in latest.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            (DateOnly due, bool isDue, bool erase) = policy.Assess(group, last, today);
            if (erase)
            {
                OffenderStore.Erase(store, person, string.Create(CultureInfo.InvariantCulture,
                    $"MoPI group {group}: retention ended {due:yyyy-MM-dd} (latest record {last:yyyy-MM-dd}; {policy.Version})"), by, now);
                erased++;
            }
            else if (isDue)
            {
                review++;
            }
        }

        // People held with no record at all (every record replaced away) have nothing to retain.
        foreach (string orphan in store.Connection.Query<string>(
            "SELECT person_id FROM offender_person p WHERE NOT EXISTS (SELECT 1 FROM offender_record r WHERE r.person_id = p.person_id)").AsList())
        {
            OffenderStore.Erase(store, orphan, "no record held", by, now);
            erased++;
        }

        long run = AnalysisRun.Record(store, Kind, null, by, LanternCli.Version, now,
            JsonSerializer.Serialize(new { today = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), policy = policy.Version }, JsonOutput.Options),
            JsonSerializer.Serialize(new { database = store.Name, people = latest.Count }, JsonOutput.Options),
            JsonSerializer.Serialize(new { leftList = left, erased, reviewDue = review, notes }, JsonOutput.Options));
        return new Outcome(today, policy.Version, latest.Count, left, erased, review, run, notes);
    }

    // A managed person qualifies while the score they were accepted on would still count an offence as of today.
    private static int LeaveList(LanternStore store, DateOnly today, DateTimeOffset now, string by, List<string> kept)
    {
        var managed = OffenderStore.Managed(store);
        if (managed.Count == 0)
        {
            return 0;
        }

        (OffenderData data, _) = OffenderStore.Load(store);
        int left = 0;
        foreach (var group in managed.GroupBy(m => m.Review.RunId))
        {
            StoredScoreRun run = OffenderStore.Run(store, group.Key)!; // the review's run is kept while the review stands
            // Exactly the tables the run was made with: a person accepted on a custom table is judged by it, not the default.
            if (OffenderRun.TablesOf(store, run, out string? why) is not { } tables)
            {
                kept.Add($"{group.Count()} kept on the managed list unchecked: {why}");
                continue;
            }

            OffenceSet set = OffenceSet.Parse(run.OffenceSet, tables.Groups, out _) ?? OffenceSet.Default;
            OffenderScoring now1 = OffenderScorer.Score(data, new HarmScoringOptions
            {
                AsOf = today,
                WindowDays = (int)run.WindowDays,
                Offences = set,
                Groups = tables.Groups,
                Weights = tables.Weights,
                Bands = tables.Bands,
                HalfLifeDays = run.HalfLifeDays,
            });
            foreach (var m in group)
            {
                int p = now1.IndexOf(m.Review.PersonId);
                if (p < 0 || now1.ScoreOf(p).Offences == 0)
                {
                    left += OffenderStore.LeaveList(store, m.Review.PersonId, string.Create(CultureInfo.InvariantCulture,
                        $"no longer qualifies: no counted offence in the {run.WindowDays} days to {today:yyyy-MM-dd} (accepted on run {run.Id}; its tables {run.WeightsVersion}, {run.GroupsVersion})"), by, now) ? 1 : 0;
                }
            }
        }

        return left;
    }
}
