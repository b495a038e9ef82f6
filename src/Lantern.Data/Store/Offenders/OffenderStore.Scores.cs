using System.Data.Common;
using System.Globalization;
using Dapper;
using Lantern.Core.Offenders;

namespace Lantern.Data.Store.Offenders;

/// <summary>Scores, runs, review decisions and the managed list.</summary>
internal static partial class OffenderStore
{
    /// <summary>
    /// Keeps the scores of the list (the top <paramref name="listSize"/>) and of <paramref name="alsoKeep"/> (person indices:
    /// the wanted list) from a scoring, under a new run.
    /// </summary>
    public static long SaveRun(LanternStore store, OffenderScoring scoring, int listSize, IEnumerable<int> alsoKeep, long analysisRunId, string by,
        DateTimeOffset at)
    {
        HarmScoringOptions o = scoring.Options;
        using DbTransaction tx = store.BeginTransaction();
        long runId = store.InsertReturningId(
            "INSERT INTO offender_score_run (analysis_run_id, as_of, window_days, offence_set, half_life_days, weights_version, groups_version, bands_version, " +
            "ranked, list_size, created_by, created_at) VALUES (@analysisRunId, @asOf, @window, @set, @halfLife, @weights, @groups, @bands, @ranked, @listSize, @by, @at) " +
            "RETURNING id",
            new
            {
                analysisRunId,
                asOf = Date(o.AsOf),
                window = o.WindowDays,
                set = o.Offences.Version,
                halfLife = o.HalfLifeDays,
                weights = o.Weights.Version,
                groups = o.Groups.Version,
                bands = o.Bands.Version,
                ranked = scoring.RankedCount,
                listSize = Math.Min(listSize, scoring.RankedCount),
                by,
                at = Account.Iso(at),
            }, tx);
        foreach (int p in scoring.Ranking.Take(listSize).Concat(alsoKeep).Distinct())
        {
            OffenderScore s = scoring.ScoreOf(p);
            store.Connection.Execute(
                "INSERT INTO offender_score (run_id, person_id, rank, harm, offences, victims, latest_offence, recency_points, frequency_points, gravity_points, " +
                "victims_points, wanted, weights_version, bands_version, explanation) VALUES (@runId, @PersonId, @Rank, @Harm, @Offences, @Victims, @latest, " +
                "@r, @f, @g, @v, @Wanted, @weights, @bands, @explanation)",
                new
                {
                    runId,
                    s.PersonId,
                    s.Rank,
                    s.Harm,
                    s.Offences,
                    s.Victims,
                    latest = s.LatestOffence is { } l ? Date(l) : null,
                    r = s.Points.Recency,
                    f = s.Points.Frequency,
                    g = s.Points.Gravity,
                    v = s.Points.Victims,
                    s.Wanted,
                    weights = o.Weights.Version,
                    bands = o.Bands.Version,
                    explanation = string.Join('\n', scoring.Explain(p).Lines),
                }, tx);
        }

        tx.Commit();
        return runId;
    }

    /// <summary>The latest run, or null.</summary>
    public static StoredScoreRun? LatestRun(LanternStore store) =>
        store.Connection.QueryFirstOrDefault<StoredScoreRun>($"SELECT {StoredScoreRun.Columns} FROM offender_score_run ORDER BY id DESC LIMIT 1");

    /// <summary>A run by id, or null.</summary>
    public static StoredScoreRun? Run(LanternStore store, long id) =>
        store.Connection.QueryFirstOrDefault<StoredScoreRun>($"SELECT {StoredScoreRun.Columns} FROM offender_score_run WHERE id = @id", new { id });

    /// <summary>A run's list in rank order (at most <paramref name="limit"/>), or with <paramref name="wantedOnly"/> its wanted list.</summary>
    public static IReadOnlyList<StoredScore> Scores(LanternStore store, long runId, int limit, bool wantedOnly = false) =>
        store.Connection.Query<StoredScore>(
            $"SELECT {StoredScore.Columns} FROM offender_score WHERE run_id = @runId AND (@wantedOnly = @yes AND wanted = @yes OR @wantedOnly = @no AND " +
            "rank <= (SELECT list_size FROM offender_score_run WHERE id = @runId)) ORDER BY rank LIMIT @limit",
            new { runId, limit, wantedOnly, no = false, yes = true }).AsList();

    /// <summary>One kept score, or null.</summary>
    public static StoredScore? Score(LanternStore store, long runId, string personId) =>
        store.Connection.QueryFirstOrDefault<StoredScore>($"SELECT {StoredScore.Columns} FROM offender_score WHERE run_id = @runId AND person_id = @personId",
            new { runId, personId });

    /// <summary>
    /// Records a supervisor's decision on a kept score, with its audit entry, in one transaction. Accept puts the person
    /// on the managed list (or keeps them there, now on this decision); reject takes them off; defer changes nothing.
    /// Returns null when the run holds no score of the person.
    /// </summary>
    public static long? Review(LanternStore store, long runId, string personId, string decision, string reason, string reviewer, string justification,
        DateTimeOffset at, string? client)
    {
        using DbTransaction tx = store.BeginTransaction();
        store.LockForWriting(tx, "offender_managed");
        if (store.Connection.ExecuteScalar<long>("SELECT count(*) FROM offender_score WHERE run_id = @runId AND person_id = @personId",
            new { runId, personId }, tx) == 0)
        {
            return null;
        }

        string when = Account.Iso(at);
        long id = store.InsertReturningId(
            "INSERT INTO offender_review (run_id, person_id, decision, reason, reviewer, decided_at) VALUES (@runId, @personId, @decision, @reason, @reviewer, @when) " +
            "RETURNING id", new { runId, personId, decision, reason, reviewer, when }, tx);
        if (decision == "accept")
        {
            store.Connection.Execute("DELETE FROM offender_managed WHERE person_id = @personId", new { personId }, tx);
            store.Connection.Execute("INSERT INTO offender_managed (person_id, review_id, since) VALUES (@personId, @id, @when)", new { personId, id, when }, tx);
        }
        else if (decision == "reject")
        {
            store.Connection.Execute("DELETE FROM offender_managed WHERE person_id = @personId", new { personId }, tx);
        }

        AuditEntry.Append(store, at, reviewer, "offender-review", personId, justification,
            string.Create(CultureInfo.InvariantCulture, $"{{\"run\": {runId}, \"decision\": \"{decision}\", \"review\": {id}}}"), client, tx);
        tx.Commit();
        return id;
    }

    /// <summary>The managed list: people accepted by a supervisor, with the decision and the score it was made on.</summary>
    public static IReadOnlyList<(StoredReview Review, StoredScore Score, string Since)> Managed(LanternStore store)
    {
        var rows = store.Connection.Query<(long, string)>("SELECT review_id, since FROM offender_managed ORDER BY since, person_id").AsList();
        var list = new List<(StoredReview, StoredScore, string)>(rows.Count);
        foreach ((long reviewId, string since) in rows)
        {
            StoredReview r = store.Connection.QuerySingle<StoredReview>($"SELECT {StoredReview.Columns} FROM offender_review WHERE id = @reviewId", new { reviewId });
            list.Add((r, Score(store, r.RunId, r.PersonId)!, since)); // the review's score is kept while the review stands (foreign key)
        }

        return list;
    }

    /// <summary>Takes a person off the managed list, audited; false when they were not on it.</summary>
    public static bool LeaveList(LanternStore store, string personId, string reason, string by, DateTimeOffset at, DbTransaction? transaction = null)
    {
        DbTransaction? own = transaction is null ? store.BeginTransaction() : null;
        DbTransaction tx = transaction ?? own!; // one of the two is set
        try
        {
            if (store.Connection.Execute("DELETE FROM offender_managed WHERE person_id = @personId", new { personId }, tx) == 0)
            {
                return false;
            }

            AuditEntry.Append(store, at, by, "offender-list-leave", personId, detail: reason, transaction: tx);
            own?.Commit();
            return true;
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>Every decision on a person, newest first.</summary>
    public static IReadOnlyList<StoredReview> Reviews(LanternStore store, string personId) =>
        store.Connection.Query<StoredReview>($"SELECT {StoredReview.Columns} FROM offender_review WHERE person_id = @personId ORDER BY id DESC",
            new { personId }).AsList();
}
