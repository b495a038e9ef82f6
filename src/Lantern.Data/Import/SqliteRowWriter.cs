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
    }

    public override void Crime(long line, UInt128 key, CrimeRecord record)
    {
        bool replaced = false;
        if (IsVersioned(record))
        {
            _earlierExport.Text(1, record.ForceSlug);
            _earlierExport.Text(2, record.CrimeId);
            _earlierExport.Blob(3, Key(key));
            if (_earlierExport.QueryInt64() is { } earlier)
            {
                _deleteCrime.Integer(1, earlier);
                _deleteCrime.Execute();
                replaced = true;
            }
        }

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
        int changed = s.Execute();
        if (replaced)
        {
            Updated++;
        }
        else
        {
            Count(changed);
        }
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
        Count(s.Execute());
    }

    public override void Dispose()
    {
        _crime.Dispose();
        _outcome.Dispose();
        _search.Dispose();
        _reject.Dispose();
        _earlierExport.Dispose();
        _deleteCrime.Dispose();
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

    private void Count(int changed)
    {
        if (changed > 0)
        {
            Imported++;
        }
        else
        {
            Present++;
        }
    }
}
