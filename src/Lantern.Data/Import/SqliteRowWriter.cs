using System.Buffers.Binary;
using System.Globalization;
using Lantern.Data.Formats;
using Lantern.Data.Store;
using Microsoft.Data.Sqlite;

namespace Lantern.Data.Import;

/// <summary>
/// The SQLite writer: one prepared insert per row, bound directly (<see cref="RawStatement"/>; the import's hot path).
/// <c>ON CONFLICT DO NOTHING</c> on the row key makes re-imports change nothing.
/// </summary>
internal sealed class SqliteRowWriter : StoreRowWriter
{
    private readonly long _fileId;
    private readonly RawStatement _crime;
    private readonly RawStatement _outcome;
    private readonly RawStatement _search;
    private readonly RawStatement _reject;
    private readonly RawStatement _earlierExport;
    private readonly RawStatement _deleteCrime;
    private readonly RawStatement _earlierSearch;
    private readonly RawStatement _deleteSearch;
    private readonly byte[] _key = new byte[16];
    private readonly Labels _labels;

    public SqliteRowWriter(SqliteConnection connection, long fileId)
    {
        _fileId = fileId;
        _labels = new Labels(connection);
        _crime = new RawStatement(connection, Insert("crime", CrimeColumns, orIgnore: true));
        _outcome = new RawStatement(connection, Insert("outcome", OutcomeColumns, orIgnore: true));
        _search = new RawStatement(connection, Insert("stop_search", SearchColumns, orIgnore: true));
        _reject = new RawStatement(connection, Insert("reject", RejectColumns, orIgnore: false));
        _earlierExport = new RawStatement(connection,
            "SELECT id FROM crime WHERE kind = 4 AND force = ?1 AND crime_id = ?2 AND row_key <> ?3");
        _deleteCrime = new RawStatement(connection, "DELETE FROM crime WHERE id = ?1");
        _earlierSearch = new RawStatement(connection,
            "SELECT id FROM stop_search WHERE search_id IS NOT NULL AND force = ?1 AND search_id = ?2 AND row_key <> ?3");
        _deleteSearch = new RawStatement(connection, "DELETE FROM stop_search WHERE id = ?1");
    }

    public override void Crime(long line, UInt128 key, CrimeRecord record)
    {
        bool replaced = IsVersioned(record) && ReplaceEarlier(_earlierExport, _deleteCrime, record.ForceSlug, record.CrimeId, key);

        RawStatement s = _crime;
        s.Blob(1, Key(key));
        s.Integer(2, _fileId);
        s.Integer(3, line);
        s.Integer(4, (int)KindOf(record));
        BindLocated(s, 5, record);
        s.Integer(17, (int)record.Category);
        s.Integer(18, _labels.Id(record.CategoryRaw));
        s.Integer(19, record.OutcomeRaw is null ? null : (int)record.Outcome);
        s.Integer(20, _labels.Id(record.OutcomeRaw));
        s.Integer(21, _labels.Id(record.Context));
        s.Text(22, record.OffenceCode);
        s.Text(23, LocalTime(record.CommittedFrom));
        s.Text(24, LocalTime(record.CommittedTo));
        Count(s.Execute(), replaced);
    }

    public override void Outcome(long line, UInt128 key, OutcomeRecord record)
    {
        RawStatement s = _outcome;
        s.Blob(1, Key(key));
        s.Integer(2, _fileId);
        s.Integer(3, line);
        BindLocated(s, 4, record);
        s.Integer(16, (int)record.Outcome);
        s.Integer(17, _labels.Id(record.OutcomeRaw));
        Count(s.Execute());
    }

    public override void StopSearch(long line, UInt128 key, StopSearchRecord record)
    {
        bool replaced = IsVersioned(record) && ReplaceEarlier(_earlierSearch, _deleteSearch, record.ForceSlug, record.SearchId, key);
        RawStatement s = _search;
        (string at, int month) = SearchTime(record);
        s.Blob(1, Key(key));
        s.Integer(2, _fileId);
        s.Integer(3, line);
        s.Text(4, record.ForceSlug);
        s.Integer(5, month);
        s.Text(6, at);
        s.Integer(7, (int)record.Type);
        s.Integer(8, _labels.Id(record.TypeRaw));
        s.Integer(9, Flag(record.PartOfPolicingOperation));
        s.Integer(10, _labels.Id(record.PolicingOperation));
        s.Real(11, record.Longitude);
        s.Real(12, record.Latitude);
        s.Real(13, record.Easting);
        s.Real(14, record.Northing);
        s.Integer(15, (int)record.Gender);
        s.Integer(16, _labels.Id(record.GenderRaw));
        s.Integer(17, (int)record.AgeRange);
        s.Integer(18, _labels.Id(record.AgeRangeRaw));
        s.Integer(19, (int)record.SelfDefinedEthnicGroup);
        s.Integer(20, _labels.Id(record.SelfDefinedEthnicityRaw));
        s.Integer(21, (int)record.OfficerDefinedEthnicGroup);
        s.Integer(22, _labels.Id(record.OfficerDefinedEthnicityRaw));
        s.Integer(23, (int)record.Legislation);
        s.Integer(24, _labels.Id(record.LegislationRaw));
        s.Integer(25, (int)record.ObjectOfSearch);
        s.Integer(26, _labels.Id(record.ObjectOfSearchRaw));
        s.Integer(27, (int)record.Outcome);
        s.Integer(28, _labels.Id(record.OutcomeRaw));
        s.Integer(29, Flag(record.OutcomeLinkedToObjectOfSearch));
        s.Integer(30, Flag(record.RemovalOfMoreThanOuterClothing));
        s.Text(31, record.SearchId);
        s.Integer(32, _labels.Id(record.OfficerId));
        s.Integer(33, _labels.Id(record.Team));
        s.Integer(34, Flag(record.BodyWornVideo));
        s.Integer(35, _labels.Id(record.BodyWornVideoReason));
        s.Integer(36, _labels.Id(record.Section60Authorisation));
        s.Text(37, record.Grounds);
        Count(s.Execute(), replaced);
    }

    // The force-export rule: another version of the same crime or search (same force and reference, other text) is deleted
    // before this one goes in, and the row counts as updated.
    private bool ReplaceEarlier(RawStatement find, RawStatement delete, string force, string? reference, UInt128 key)
    {
        find.Text(1, force);
        find.Text(2, reference);
        find.Blob(3, Key(key));
        if (find.QueryInt64() is not { } earlier)
        {
            return false;
        }

        delete.Integer(1, earlier);
        delete.Execute();
        return true;
    }

    public override void Dispose()
    {
        _crime.Dispose();
        _outcome.Dispose();
        _search.Dispose();
        _reject.Dispose();
        _earlierExport.Dispose();
        _deleteCrime.Dispose();
        _earlierSearch.Dispose();
        _deleteSearch.Dispose();
        _labels.Dispose();
    }

    /// <summary>Binds the twelve columns crime and outcome rows share, in schema order, from parameter <paramref name="first"/>.</summary>
    private void BindLocated(RawStatement s, int first, LocatedRecord record)
    {
        s.Text(first, record.ForceSlug);
        s.Integer(first + 1, record.Month.Index);
        s.Text(first + 2, record.CrimeId);
        s.Integer(first + 3, _labels.Id(record.ReportedBy));
        s.Integer(first + 4, _labels.Id(record.FallsWithin));
        s.Real(first + 5, record.Longitude);
        s.Real(first + 6, record.Latitude);
        s.Real(first + 7, record.Easting);
        s.Real(first + 8, record.Northing);
        s.Integer(first + 9, _labels.Id(record.Location));
        s.Integer(first + 10, _labels.Id(record.LsoaCode));
        s.Integer(first + 11, _labels.Id(record.LsoaName));
    }

    // ON CONFLICT on the row key only: OR IGNORE would also swallow a NOT NULL or CHECK failure and count a lost row as
    // "already present".
    private static string Insert(string table, string[] columns, bool orIgnore) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) " +
        $"VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)))})" +
        (orIgnore ? " ON CONFLICT (force, month, row_key) DO NOTHING" : string.Empty);

    private static long? Flag(bool? b) => b is { } v ? (v ? 1 : 0) : null;

    private protected override void WriteReject(RowReject reject)
    {
        RawStatement s = _reject;
        s.Integer(1, _fileId);
        s.Integer(2, reject.Line);
        s.Text(3, reject.Field);
        s.Text(4, reject.Reason);
        s.Text(5, reject.RawLine);
        s.Execute();
    }

    private ReadOnlySpan<byte> Key(UInt128 key)
    {
        BinaryPrimitives.WriteUInt128BigEndian(_key, key);
        return _key;
    }

    private void Count(int changed, bool replaced = false)
    {
        if (replaced)
        {
            Updated++;
        }
        else if (changed > 0)
        {
            Imported++;
        }
        else
        {
            Present++;
        }
    }
}
