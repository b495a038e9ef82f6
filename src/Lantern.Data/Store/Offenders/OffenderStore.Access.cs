using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Lantern.Data.Store.Offenders;

/// <summary>Disclosures, subject access and erasure.</summary>
internal static partial class OffenderStore
{
    /// <summary>The handling marking every export of person-level offender data carries (Government Security Classifications).</summary>
    public const string Marking = "OFFICIAL-SENSITIVE";

    /// <summary>Records an export as a disclosure of each person in it, with its audit entry (s.62: disclosure, with the recipient).</summary>
    public static long RecordExport(LanternStore store, string what, IReadOnlyCollection<string> personIds, string recipient, string justification, string by,
        DateTimeOffset at, string? client)
    {
        using DbTransaction tx = store.BeginTransaction();
        long id = store.InsertReturningId(
            "INSERT INTO offender_export (what, recipient, justification, marking, exported_by, exported_at) VALUES (@what, @recipient, @justification, @Marking, " +
            "@by, @at) RETURNING id", new { what, recipient, justification, Marking, by, at = Account.Iso(at) }, tx);
        foreach (string person in personIds.Distinct(StringComparer.Ordinal))
        {
            store.Connection.Execute("INSERT INTO offender_disclosure (export_id, person_id) VALUES (@id, @person)", new { id, person }, tx);
        }

        AuditEntry.Append(store, at, by, "offender-export", what, justification,
            JsonSerializer.Serialize(new { export = id, recipient, marking = Marking, people = personIds.Count }), client, tx);
        tx.Commit();
        return id;
    }

    /// <summary>Everything held about a person id and every disclosure of it. The caller audits the request.</summary>
    public static SubjectAccessReport SubjectAccess(LanternStore store, string personId)
    {
        var p = new { personId };
        return new SubjectAccessReport(personId,
            store.Connection.QueryFirstOrDefault<StoredPerson>($"SELECT {StoredPerson.Columns} FROM offender_person WHERE person_id = @personId", p),
            store.Connection.Query<StoredOffenderRecord>($"SELECT {StoredOffenderRecord.Columns} FROM offender_record WHERE person_id = @personId ORDER BY date, reference", p)
                .AsList(),
            store.Connection.Query<StoredOffenderRecord>($"SELECT {StoredOffenderRecord.Columns} FROM offender_record WHERE victim_id = @personId ORDER BY date, reference", p)
                .AsList(),
            store.Connection.Query<StoredScore>($"SELECT {StoredScore.Columns} FROM offender_score WHERE person_id = @personId ORDER BY run_id", p).AsList(),
            Reviews(store, personId),
            store.Connection.QueryFirstOrDefault<string?>("SELECT since FROM offender_managed WHERE person_id = @personId", p),
            store.Connection.Query<StoredExport>(
                $"SELECT {StoredExport.Columns} FROM offender_export WHERE id IN (SELECT export_id FROM offender_disclosure WHERE person_id = @personId) ORDER BY id", p)
                .AsList());
    }

    /// <summary>
    /// Erases a person at the end of retention, leaving no copy: their row and, by cascade, their records, scores,
    /// decisions, list entry and disclosure rows; their id where it names them as a victim, and in other people's kept
    /// explanations. The erasure (not the data) is written to the audit log in the same transaction.
    /// </summary>
    public static void Erase(LanternStore store, string personId, string reason, string by, DateTimeOffset at)
    {
        using DbTransaction tx = store.BeginTransaction();
        var p = new { personId, like = "%" + personId + "%", erased = "[erased]" };
        long records = store.Connection.ExecuteScalar<long>("SELECT count(*) FROM offender_record WHERE person_id = @personId", p, tx);
        store.Connection.Execute("DELETE FROM offender_review WHERE person_id = @personId", p, tx);
        store.Connection.Execute("DELETE FROM offender_person WHERE person_id = @personId", p, tx);
        long named = store.Connection.Execute("UPDATE offender_record SET victim_id = NULL WHERE victim_id = @personId", p, tx);
        long explanations = store.Connection.Execute(
            "UPDATE offender_score SET explanation = replace(explanation, @personId, @erased) WHERE explanation LIKE @like", p, tx);
        AuditEntry.Append(store, at, by, "offender-erase", personId, detail: JsonSerializer.Serialize(new { reason, records, namedAsVictim = named, explanations }),
            transaction: tx);
        tx.Commit();
    }
}
