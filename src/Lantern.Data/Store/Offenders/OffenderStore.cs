using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Lantern.Core.Crimes;
using Lantern.Core.Offenders;
using Lantern.Data.Formats;
using Lantern.Data.Formats.Offenders;

namespace Lantern.Data.Store.Offenders;

/// <summary>
/// Offender records in the store (migration 0008): import (whole file or nothing, the same file twice changes nothing),
/// and loading for the scorer, which gets <see cref="OffenderData"/> (no protected characteristic) and, apart,
/// <see cref="PersonDemographics"/> for the fairness report.
/// </summary>
internal static partial class OffenderStore
{
    /// <summary>
    /// Imports a file already read and found valid, in one transaction with its audit entry (s.62: collection). A file
    /// whose SHA-256 was imported before changes nothing. A row for a person and crime already held replaces it.
    /// </summary>
    public static OffenderImportResult Import(LanternStore store, OffenderFile file, string sha256, string by, DateTimeOffset at, string? client)
    {
        if (!file.IsValid)
        {
            throw new ArgumentException("Only a file without errors is imported.", nameof(file));
        }

        using DbTransaction tx = store.BeginTransaction();
        store.LockForWriting(tx, "offender_record");
        if (store.Connection.ExecuteScalar<long?>("SELECT id FROM offender_import WHERE sha256 = @sha256", new { sha256 }, tx) is not null)
        {
            return new OffenderImportResult(true, file.Rows.Count, 0, 0, 0);
        }

        string when = Account.Iso(at);
        long importId = store.InsertReturningId(
            "INSERT INTO offender_import (file_name, sha256, imported_at, imported_by, row_count, added, updated) " +
            "VALUES (@name, @sha256, @when, @by, @rows, 0, 0) RETURNING id",
            new { name = Path.GetFileName(file.FileName), sha256, when, by, rows = file.Rows.Count }, tx);

        var existing = new Dictionary<(string, string), StoredOffenderRecord>();
        foreach (StoredOffenderRecord r in store.Connection.Query<StoredOffenderRecord>($"SELECT {StoredOffenderRecord.Columns} FROM offender_record", transaction: tx))
        {
            existing[(r.PersonId, r.Reference)] = r;
        }

        var heldPeople = store.Connection.Query<StoredPerson>($"SELECT {StoredPerson.Columns} FROM offender_person", transaction: tx)
            .ToDictionary(p => p.PersonId, StringComparer.Ordinal);
        using DbCommand insertPerson = Prepared(store, tx,
            "INSERT INTO offender_person (person_id, wanted, sex, age_band, ethnicity, updated_at) VALUES (@person, @wanted, @sex, @age, @ethnicity, @when)",
            s_personParameters);
        using DbCommand updatePerson = Prepared(store, tx,
            "UPDATE offender_person SET wanted = @wanted, sex = @sex, age_band = @age, ethnicity = @ethnicity, updated_at = @when WHERE person_id = @person",
            s_personParameters);
        var people = new HashSet<string>(StringComparer.Ordinal);
        foreach (OffenderExportRow row in file.Rows)
        {
            if (!people.Add(row.Record.PersonId))
            {
                continue;
            }

            Demographic d = row.Demographic;
            DbCommand? command = !heldPeople.TryGetValue(row.Record.PersonId, out StoredPerson? before) ? insertPerson
                : before.Wanted != row.Wanted || before.Sex != d.Sex || before.AgeBand != d.AgeBand || before.Ethnicity != d.Ethnicity ? updatePerson
                : null;
            if (command is not null)
            {
                Set(command, ("person", row.Record.PersonId), ("wanted", row.Wanted), ("sex", d.Sex), ("age", d.AgeBand), ("ethnicity", d.Ethnicity), ("when", when));
                command.ExecuteNonQuery();
            }
        }

        // One prepared insert and one prepared update, their parameters set row by row: Dapper's per-call binding cost most
        // of an import of a quarter of a million rows.
        using DbCommand insert = Prepared(store, tx,
            "INSERT INTO offender_record (person_id, reference, date, offence_code, category, role, domestic, victim_id, outcome, import_id) " +
            "VALUES (@person, @reference, @date, @code, @category, @role, @domestic, @victim, @outcome, @importId)", s_recordParameters);
        using DbCommand update = Prepared(store, tx,
            "UPDATE offender_record SET date = @date, offence_code = @code, category = @category, role = @role, domestic = @domestic, " +
            "victim_id = @victim, outcome = @outcome, import_id = @importId WHERE person_id = @person AND reference = @reference", s_recordParameters);
        int added = 0, updated = 0;
        foreach (OffenderExportRow row in file.Rows)
        {
            OffenderRecord r = row.Record;
            string date = Date(r.Date);
            DbCommand command;
            if (!existing.TryGetValue((r.PersonId, r.Reference), out StoredOffenderRecord? held))
            {
                command = insert;
                added++;
            }
            else if (held.Date != date || held.OffenceCode != r.OffenceCode || held.Category != (int)r.Category || held.Role != (int)r.Role
                || held.Domestic != r.Domestic || held.VictimId != r.VictimId || held.Outcome != row.Outcome)
            {
                command = update;
                updated++;
            }
            else
            {
                continue;
            }

            Set(command, ("person", r.PersonId), ("reference", r.Reference), ("date", date), ("code", r.OffenceCode), ("category", (int)r.Category),
                ("role", (int)r.Role), ("domestic", r.Domestic), ("victim", r.VictimId), ("outcome", row.Outcome), ("importId", importId));
            command.ExecuteNonQuery();
        }

        store.Connection.Execute("UPDATE offender_import SET added = @added, updated = @updated WHERE id = @importId", new { added, updated, importId }, tx);
        AuditEntry.Append(store, at, by, "offender-import", Path.GetFileName(file.FileName), detail: JsonSerializer.Serialize(new
        {
            sha256,
            rows = file.Rows.Count,
            people = people.Count,
            added,
            updated,
        }), client: client, transaction: tx);
        tx.Commit();
        return new OffenderImportResult(false, file.Rows.Count, added, updated, people.Count);
    }

    /// <summary>
    /// Reads and imports a file whole: when any row is bad nothing is imported and every error (file, line, field) is
    /// returned; else the import's result.
    /// </summary>
    public static (OffenderImportResult? Result, IReadOnlyList<FileError> Errors) ImportFile(LanternStore store, string path, string by, DateTimeOffset at,
        string? client)
    {
        byte[] bytes = File.ReadAllBytes(path);
        OffenderFile file = OffenderFileReader.Read(new MemoryStream(bytes), Path.GetFileName(path));
        if (!file.IsValid)
        {
            return (null, file.Errors);
        }

        return (Import(store, file, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), by, at, client), []);
    }

    /// <summary>Everything the scorer reads, and apart from it the characteristics the fairness report reads.</summary>
    public static (OffenderData Data, PersonDemographics Demographics) Load(LanternStore store)
    {
        var builder = new OffenderDataBuilder();
        var demographics = new List<KeyValuePair<string, Demographic>>();
        foreach (StoredPerson p in store.Connection.Query<StoredPerson>($"SELECT {StoredPerson.Columns} FROM offender_person ORDER BY person_id"))
        {
            builder.AddPerson(p.PersonId, p.Wanted);
            demographics.Add(KeyValuePair.Create(p.PersonId, new Demographic(p.Sex, p.AgeBand, p.Ethnicity)));
        }

        foreach (StoredOffenderRecord r in store.Connection.Query<StoredOffenderRecord>(
            $"SELECT {StoredOffenderRecord.Columns} FROM offender_record ORDER BY person_id, reference"))
        {
            builder.Add(ToRecord(r));
        }

        return (builder.Build(), new PersonDemographics(demographics));
    }

    /// <summary>Only the characteristics, for a fairness report on a kept list.</summary>
    public static PersonDemographics Demographics(LanternStore store) =>
        new(store.Connection.Query<StoredPerson>($"SELECT {StoredPerson.Columns} FROM offender_person")
            .Select(p => KeyValuePair.Create(p.PersonId, new Demographic(p.Sex, p.AgeBand, p.Ethnicity))));

    /// <summary>Counts of what is held: people, records, imports.</summary>
    public static (long People, long Records, long Imports) Counts(LanternStore store) =>
        store.Connection.QuerySingle<(long, long, long)>(
            "SELECT (SELECT count(*) FROM offender_person), (SELECT count(*) FROM offender_record), (SELECT count(*) FROM offender_import)");

    internal static OffenderRecord ToRecord(StoredOffenderRecord r) =>
        new(r.PersonId, r.Reference, DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), r.OffenceCode, (CrimeCategory)r.Category,
            (OffenderRole)r.Role, r.Domestic, r.VictimId);

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly (string, System.Data.DbType)[] s_recordParameters =
    [
        ("person", System.Data.DbType.String), ("reference", System.Data.DbType.String), ("date", System.Data.DbType.String), ("code", System.Data.DbType.String),
        ("category", System.Data.DbType.Int32), ("role", System.Data.DbType.Int32), ("domestic", System.Data.DbType.Boolean), ("victim", System.Data.DbType.String),
        ("outcome", System.Data.DbType.String), ("importId", System.Data.DbType.Int64),
    ];

    private static readonly (string, System.Data.DbType)[] s_personParameters =
    [
        ("person", System.Data.DbType.String), ("wanted", System.Data.DbType.Boolean), ("sex", System.Data.DbType.String), ("age", System.Data.DbType.String),
        ("ethnicity", System.Data.DbType.String), ("when", System.Data.DbType.String),
    ];

    private static DbCommand Prepared(LanternStore store, DbTransaction tx, string sql, (string Name, System.Data.DbType Type)[] parameters)
    {
        DbCommand command = store.Connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach ((string name, System.Data.DbType type) in parameters)
        {
            DbParameter p = command.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            command.Parameters.Add(p);
        }

        command.Prepare();
        return command;
    }

    private static void Set(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach ((string name, object? value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }

}
