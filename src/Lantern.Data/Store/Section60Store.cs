using System.Data.Common;
using System.Text.Json;
using Dapper;
using Lantern.Core.StopSearch.Section60;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Store;

/// <summary>
/// The Section 60 register in the store: authorisations written once they have passed <see cref="Section60Validator"/>
/// (the caller checks; the table's constraints are a second line), extended and withdrawn; every change audited in the
/// same transaction (DOMAIN.md §7).
/// </summary>
internal static class Section60Store
{
    /// <summary>Writes an authorisation and its audit entry. The reference must be new for the force (the unique key refuses it otherwise).</summary>
    public static long Record(LanternStore store, Section60Authorisation a, Geometry area, string areaGeoJson, string? areaCode, string createdBy,
        DateTimeOffset at, string? client)
    {
        Envelope box = area.EnvelopeInternal;
        using DbTransaction tx = store.BeginTransaction();
        long id = store.InsertReturningId(
            "INSERT INTO section60_authorisation (force, reference, authorising_officer, rank, grounds, belief, locality, area_code, area_geojson, " +
            "min_e, min_n, max_e, max_n, starts_at, ends_at, rule_set, community_notified_at, created_by, created_at) VALUES (@Force, @Reference, " +
            "@AuthorisingOfficer, @rank, @Grounds, @belief, @Locality, @areaCode, @areaGeoJson, @minE, @minN, @maxE, @maxN, @start, @end, @rules, " +
            "@notified, @createdBy, @created) RETURNING id",
            new
            {
                a.Force,
                a.Reference,
                a.AuthorisingOfficer,
                rank = OfficerRanks.Slug(a.Rank),
                a.Grounds,
                belief = Section60RuleSet.BeliefSlug(a.Belief),
                a.Locality,
                areaCode,
                areaGeoJson,
                minE = box.MinX,
                minN = box.MinY,
                maxE = box.MaxX,
                maxN = box.MaxY,
                start = Account.Iso(a.Start),
                end = Account.Iso(a.End),
                rules = a.Rules.Slug,
                notified = a.CommunityNotifiedAt is { } n ? Account.Iso(n) : null,
                createdBy,
                created = Account.Iso(at),
            }, tx);
        AuditEntry.Append(store, at, createdBy, "s60-authorise", Subject(a), detail: JsonSerializer.Serialize(new
        {
            id,
            officer = a.AuthorisingOfficer,
            rank = OfficerRanks.Slug(a.Rank),
            belief = Section60RuleSet.BeliefSlug(a.Belief),
            locality = a.Locality,
            areaCode,
            start = Account.Iso(a.Start),
            end = Account.Iso(a.End),
            rules = a.Rules.Slug,
        }), client: client, transaction: tx);
        tx.Commit();
        return id;
    }

    /// <summary>Records the extension and its audit entry; false when the authorisation has been extended meanwhile (one extension only).</summary>
    public static bool Extend(LanternStore store, Section60Row row, Section60Extension e, string recordedBy, DateTimeOffset at, string? client) =>
        ChangeAudited(store, row,
            "UPDATE section60_authorisation SET extended_to = @until, extended_by = @By, extended_by_rank = @rank, extended_at = @at " +
            "WHERE id = @Id AND extended_to IS NULL",
            new { until = Account.Iso(e.Until), e.By, rank = OfficerRanks.Slug(e.Rank), at = Account.Iso(e.At), row.Id },
            "s60-extend", null, recordedBy, at, client);

    /// <summary>Marks the authorisation withdrawn, with its audit entry; false when it was withdrawn already.</summary>
    public static bool Withdraw(LanternStore store, Section60Row row, Section60Withdrawal w, string recordedBy, DateTimeOffset at, string? client) =>
        ChangeAudited(store, row,
            "UPDATE section60_authorisation SET withdrawn_at = @at, withdrawn_by = @By, withdrawn_reason = @Reason WHERE id = @Id AND withdrawn_at IS NULL",
            new { at = Account.Iso(w.At), w.By, w.Reason, row.Id },
            "s60-withdraw", w.Reason, recordedBy, at, client);

    /// <summary>The authorisation of a force with this reference, or null.</summary>
    public static Section60Row? Find(LanternStore store, string force, string reference) =>
        store.Connection.QueryFirstOrDefault<Section60Row>(
            $"SELECT {Section60Row.Columns} FROM section60_authorisation WHERE force = @force AND reference = @reference", new { force, reference });

    /// <summary>The authorisation with this id, or null.</summary>
    public static Section60Row? Find(LanternStore store, long id) =>
        store.Connection.QueryFirstOrDefault<Section60Row>($"SELECT {Section60Row.Columns} FROM section60_authorisation WHERE id = @id", new { id });

    /// <summary>Every authorisation with this reference, of any force (a reference is unique only within its force).</summary>
    public static IReadOnlyList<Section60Row> FindAll(LanternStore store, string reference) =>
        store.Connection.Query<Section60Row>(
            $"SELECT {Section60Row.Columns} FROM section60_authorisation WHERE reference = @reference ORDER BY force", new { reference }).AsList();

    /// <summary>The register, newest start first, optionally of one force.</summary>
    public static IReadOnlyList<Section60Row> List(LanternStore store, string? force, int limit) =>
        store.Connection.Query<Section60Row>(
            $"SELECT {Section60Row.Columns} FROM section60_authorisation WHERE (@force IS NULL OR force = @force) ORDER BY starts_at DESC, id DESC LIMIT @limit",
            new { force, limit }).AsList();

    /// <summary>
    /// Other authorisations of the force whose period overlaps [<paramref name="from"/>, <paramref name="to"/>) and whose
    /// bounding box meets the box given: candidates for an overlap, to be checked on their areas.
    /// </summary>
    public static IReadOnlyList<Section60Row> Overlapping(LanternStore store, Section60Row row, DateTimeOffset from, DateTimeOffset to) =>
        store.Connection.Query<Section60Row>(
            $"SELECT {Section60Row.Columns} FROM section60_authorisation WHERE force = @Force AND id <> @Id AND starts_at < @to " +
            "AND coalesce(withdrawn_at, coalesce(extended_to, ends_at)) > @from AND coalesce(extended_to, ends_at) > @from " +
            "AND min_e <= @MaxE AND max_e >= @MinE AND min_n <= @MaxN AND max_n >= @MinN ORDER BY starts_at",
            new { row.Force, row.Id, from = Account.Iso(from), to = Account.Iso(to), row.MinE, row.MaxE, row.MinN, row.MaxN }).AsList();

    /// <summary>The rule set a force has chosen, with who set it and when; null when it has not chosen (the statutory rules apply).</summary>
    public static (string RuleSet, string SetBy, string SetAt)? RuleSetting(LanternStore store, string force) =>
        store.Connection.QueryFirstOrDefault<(string, string, string)?>(
            "SELECT rule_set, set_by, set_at FROM section60_rule_setting WHERE force = @force", new { force });

    /// <summary>Sets the force's rule set, audited.</summary>
    public static void SetRuleSetting(LanternStore store, string force, Section60RuleSet rules, string by, DateTimeOffset at, string? client)
    {
        using DbTransaction tx = store.BeginTransaction();
        store.LockForWriting(tx, "section60_rule_setting");
        string? before = store.Connection.ExecuteScalar<string?>("SELECT rule_set FROM section60_rule_setting WHERE force = @force", new { force }, tx);
        if (before is null)
        {
            store.Connection.Execute("INSERT INTO section60_rule_setting (force, rule_set, set_by, set_at) VALUES (@force, @rules, @by, @at)",
                new { force, rules = rules.Slug, by, at = Account.Iso(at) }, tx);
        }
        else
        {
            store.Connection.Execute("UPDATE section60_rule_setting SET rule_set = @rules, set_by = @by, set_at = @at WHERE force = @force",
                new { force, rules = rules.Slug, by, at = Account.Iso(at) }, tx);
        }

        AuditEntry.Append(store, at, by, "s60-rules", force, detail: JsonSerializer.Serialize(new { before = before ?? "statutory (default)", after = rules.Slug }),
            client: client, transaction: tx);
        tx.Commit();
    }

    // One guarded update (it changes nothing when another writer got there first) and its audit entry, in one transaction.
    private static bool ChangeAudited(LanternStore store, Section60Row row, string sql, object change, string action, string? justification, string recordedBy,
        DateTimeOffset at, string? client)
    {
        using DbTransaction tx = store.BeginTransaction();
        if (store.Connection.Execute(sql, change, tx) == 0)
        {
            return false;
        }

        AuditEntry.Append(store, at, recordedBy, action, Subject(row), justification, JsonSerializer.Serialize(change), client, tx);
        tx.Commit();
        return true;
    }

    private static string Subject(Section60Authorisation a) => $"s60 {a.Force} {a.Reference}";

    private static string Subject(Section60Row row) => $"s60 {row.Force} {row.Reference}";
}
