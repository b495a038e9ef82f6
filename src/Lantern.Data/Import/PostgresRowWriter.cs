using System.Buffers.Binary;
using Dapper;
using Lantern.Data.Formats;
using Npgsql;
using NpgsqlTypes;

namespace Lantern.Data.Import;

/// <summary>
/// The PostgreSQL writer: a file's rows (and its rejects) stream by binary COPY into a temporary staging table, and
/// <see cref="Complete"/> moves them into the store with a few set-based statements, all in the file's transaction.
/// Repeated strings travel as numbers local to the file, with the file's own list of strings copied after the rows;
/// the merge adds the strings the <c>label</c> table lacks and maps the numbers to label ids. The rules and the counts
/// are the SQLite writer's, row for row (PostgresRowWriter.Merge.cs says how the force-export rule is done as a set).
/// </summary>
internal sealed partial class PostgresRowWriter : StoreRowWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly long _fileId;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly Dictionary<string, int> _labelNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _labelTexts = [];
    private readonly byte[] _key = new byte[16];
    private readonly int _stageWidth;
    private NpgsqlBinaryImporter? _copy;
    private long _rows;
    private long _versioned;

    public PostgresRowWriter(NpgsqlConnection connection, long fileId, SourceKind kind)
    {
        _connection = connection;
        _fileId = fileId;
        (_table, _columns) = kind switch
        {
            SourceKind.Outcomes => ("outcome", OutcomeColumns),
            SourceKind.StopAndSearch or SourceKind.StopSearchExport => ("stop_search", SearchColumns),
            _ => ("crime", CrimeColumns),
        };
        string[] staged = [.. _columns.Where(c => c != "source_file_id")];
        _stageWidth = staged.Length;
        // JIT compiling the merge's plans costs more than running them (half a second a file); the merge sorts a file's
        // rows in memory rather than on disk. SET LOCAL lasts until the file's transaction ends.
        connection.Execute(
            "SET LOCAL jit = off; SET LOCAL work_mem = '64MB'; " +
            $"CREATE TEMP TABLE stage ({string.Join(", ", staged.Select(c => $"{c} {StageType(c)}"))}, field text, reason text, raw text) " +
            "ON COMMIT DROP; " +
            "CREATE TEMP TABLE stage_label (n integer NOT NULL, text text COLLATE \"C\" NOT NULL, id bigint) ON COMMIT DROP");
        _copy = connection.BeginBinaryImport($"COPY stage ({string.Join(", ", staged)}, field, reason, raw) FROM STDIN (FORMAT BINARY)");
    }

    public override void Crime(long line, UInt128 key, CrimeRecord record)
    {
        NpgsqlBinaryImporter copy = StartRow(line, key);
        copy.Write((int)KindOf(record), NpgsqlDbType.Integer);
        WriteLocated(copy, record);
        copy.Write((int)record.Category, NpgsqlDbType.Integer);
        Label(record.CategoryRaw);
        Integer(record.OutcomeRaw is null ? null : (int)record.Outcome);
        Label(record.OutcomeRaw);
        Label(record.Context);
        Text(record.OffenceCode);
        Text(LocalTime(record.CommittedFrom));
        Text(LocalTime(record.CommittedTo));
        EndRow(copy);
        if (IsVersioned(record))
        {
            _versioned++;
        }
    }

    public override void Outcome(long line, UInt128 key, OutcomeRecord record)
    {
        NpgsqlBinaryImporter copy = StartRow(line, key);
        WriteLocated(copy, record);
        copy.Write((int)record.Outcome, NpgsqlDbType.Integer);
        Label(record.OutcomeRaw);
        EndRow(copy);
    }

    public override void StopSearch(long line, UInt128 key, StopSearchRecord record)
    {
        NpgsqlBinaryImporter copy = StartRow(line, key);
        (string at, int month) = SearchTime(record);
        Text(record.ForceSlug);
        copy.Write(month, NpgsqlDbType.Integer);
        Text(at);
        Coded((int)record.Type, record.TypeRaw);
        Flag(record.PartOfPolicingOperation);
        Label(record.PolicingOperation);
        Real(record.Longitude);
        Real(record.Latitude);
        Real(record.Easting);
        Real(record.Northing);
        Coded((int)record.Gender, record.GenderRaw);
        Coded((int)record.AgeRange, record.AgeRangeRaw);
        Coded((int)record.SelfDefinedEthnicGroup, record.SelfDefinedEthnicityRaw);
        Coded((int)record.OfficerDefinedEthnicGroup, record.OfficerDefinedEthnicityRaw);
        Coded((int)record.Legislation, record.LegislationRaw);
        Coded((int)record.ObjectOfSearch, record.ObjectOfSearchRaw);
        Coded((int)record.Outcome, record.OutcomeRaw);
        Flag(record.OutcomeLinkedToObjectOfSearch);
        Flag(record.RemovalOfMoreThanOuterClothing);
        Text(record.SearchId);
        Label(record.OfficerId);
        Label(record.Team);
        Flag(record.BodyWornVideo);
        Label(record.BodyWornVideoReason);
        Label(record.Section60Authorisation);
        Text(record.Grounds);
        EndRow(copy);
        if (IsVersioned(record))
        {
            _versioned++;
        }
    }

    public override void Dispose()
    {
        // Disposing a COPY that was not completed cancels it; the caller's transaction then rolls the file back.
        _copy?.Dispose();
        _copy = null;
    }

    private protected override void WriteReject(RowReject reject)
    {
        NpgsqlBinaryImporter copy = Copy;
        copy.StartRow();
        copy.WriteNull();
        copy.Write(reject.Line, NpgsqlDbType.Bigint);
        for (int i = 2; i < _stageWidth; i++)
        {
            copy.WriteNull();
        }

        Text(reject.Field);
        Text(reject.Reason);
        Text(reject.RawLine);
    }

    /// <summary>The staging column's type: as the store's column, except that labels are the file's own numbers.</summary>
    private static string StageType(string column) => column switch
    {
        "row_key" => "bytea",
        "line" => "bigint NOT NULL",
        "force" or "crime_id" or "search_id" => "text COLLATE \"C\"",
        "offence_code" or "committed_from" or "committed_to" or "searched_at" or "grounds" => "text",
        "longitude" or "latitude" or "easting" or "northing" => "double precision",
        "part_of_operation" or "outcome_linked" or "removal_more_than_outer" or "body_worn_video" => "boolean",
        _ => "integer", // codes, months, and label numbers
    };

    private NpgsqlBinaryImporter Copy => _copy ?? throw new InvalidOperationException("The file's rows were already completed.");

    private NpgsqlBinaryImporter StartRow(long line, UInt128 key)
    {
        NpgsqlBinaryImporter copy = Copy;
        copy.StartRow();
        BinaryPrimitives.WriteUInt128BigEndian(_key, key);
        // Npgsql copies the bytes into its buffer during the call, so one array serves every row.
        copy.Write(_key, NpgsqlDbType.Bytea);
        copy.Write(line, NpgsqlDbType.Bigint);
        _rows++;
        return copy;
    }

    private static void EndRow(NpgsqlBinaryImporter copy)
    {
        copy.WriteNull(); // field, reason, raw: a reject's
        copy.WriteNull();
        copy.WriteNull();
    }

    /// <summary>The columns crime and outcome rows share, in schema order.</summary>
    private void WriteLocated(NpgsqlBinaryImporter copy, Formats.LocatedRecord record)
    {
        Text(record.ForceSlug);
        copy.Write(record.Month.Index, NpgsqlDbType.Integer);
        Text(record.CrimeId);
        Label(record.ReportedBy);
        Label(record.FallsWithin);
        Real(record.Longitude);
        Real(record.Latitude);
        Real(record.Easting);
        Real(record.Northing);
        Label(record.Location);
        Label(record.LsoaCode);
        Label(record.LsoaName);
    }

    private void Text(string? value)
    {
        if (value is null)
        {
            Copy.WriteNull();
        }
        else
        {
            Copy.Write(Storable(value), NpgsqlDbType.Text);
        }
    }

    /// <summary>Writes the file-local number of a repeated string, numbering it on first sight.</summary>
    private void Label(string? text)
    {
        if (text is null)
        {
            Copy.WriteNull();
            return;
        }

        if (!_labelNumbers.TryGetValue(text, out int n))
        {
            n = _labelTexts.Count;
            _labelNumbers.Add(text, n);
            _labelTexts.Add(Storable(text));
        }

        Copy.Write(n, NpgsqlDbType.Integer);
    }

    /// <summary>A vocabulary's canonical code and the string as written.</summary>
    private void Coded(int code, string? raw)
    {
        Copy.Write(code, NpgsqlDbType.Integer);
        Label(raw);
    }

    private void Integer(int? value)
    {
        if (value is { } v)
        {
            Copy.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            Copy.WriteNull();
        }
    }

    private void Real(double? value)
    {
        if (value is { } v)
        {
            Copy.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            Copy.WriteNull();
        }
    }

    private void Flag(bool? value)
    {
        if (value is { } v)
        {
            Copy.Write(v, NpgsqlDbType.Boolean);
        }
        else
        {
            Copy.WriteNull();
        }
    }

    /// <summary>PostgreSQL's text cannot hold U+0000 (SQLite's can): a NUL read from a file is kept as U+FFFD rather than fail the file.</summary>
    private static string Storable(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? value.Replace('\0', '\uFFFD') : value;
}
