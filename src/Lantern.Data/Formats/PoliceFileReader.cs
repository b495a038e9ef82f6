using System.Globalization;
using Lantern.Core.Geography;
using Lantern.Core.Time;

namespace Lantern.Data.Formats;

/// <summary>
/// Streams the rows of a police CSV file: a data.police.uk street, outcomes or stop-and-search file, or a force
/// export (docs/formats.md). The kind comes from the header. Each row is validated, its coordinates projected to
/// British National Grid and its vocabularies mapped; valid rows go to the sink's record methods with a row key,
/// invalid ones to <see cref="IRowSink.Reject"/> with line, field and reason.
/// </summary>
/// <remarks>
/// Constant memory apart from one 16-byte key per row (<see cref="RowKeyHasher"/>): the file is read through a
/// reused buffer and one record instance per kind is refilled for each row. Not thread safe; the stream stays open
/// and is the caller's to dispose.
/// </remarks>
internal sealed partial class PoliceFileReader : IDisposable
{
    private const int CancellationInterval = 4096;
    private const string RecordField = "(record)";
    private const string HeaderField = "(header)";

    private readonly CsvTokenizer _tokenizer;
    private readonly int[] _columns;
    private readonly int _headerFieldCount;
    private readonly string[] _header;
    private readonly string _headerRaw;

    // Columns with no name in the header: Excel writes a comma at the end of every line when a cell beyond the table was
    // ever touched. They are read only to check that they are blank.
    private readonly int[] _unnamed;

    // How many of them end the header: a row's key leaves them out, so a file re-saved by Excel with a comma at the end of
    // every line gives the keys it gave before and adds nothing.
    private readonly int _trailingUnnamed;
    private readonly StringPool _pool = new();
    private readonly RowKeyHasher _keys;
    private readonly LocationProjector _projector = LocationProjector.Rent();
    private readonly CrsConverter? _converter;
    private readonly Dictionary<string, int> _forceEpsg = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _adopted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _notes = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _forces = new(StringComparer.Ordinal);
    private string? _lastForce;
    private IReadOnlyDictionary<string, int>? _heldCrs;
    private readonly Dictionary<string, string?> _slugs = new(ReferenceEqualityComparer.Instance);
    private readonly string?[] _last;
    private readonly long _transformsAtStart;
    private bool _disposed;

    private PoliceFileReader(CsvTokenizer tokenizer, SourceKind kind, int[] columns, string[] header, string fileName, ProjectedCrs crs)
    {
        _header = header;
        _headerRaw = tokenizer.RawRecord.ToString();
        _unnamed = [.. Enumerable.Range(0, header.Length).Where(i => header[i].Length == 0)];
        _trailingUnnamed = header.Length - 1 - Array.FindLastIndex(header, h => h.Length > 0);
        Crs = crs;
        _converter = crs.IsBritishNationalGrid ? null : new CrsConverter(crs);
        _tokenizer = tokenizer;
        Kind = kind;
        _columns = columns;
        _headerFieldCount = header.Length;
        _last = new string?[columns.Length];
        _keys = new RowKeyHasher(kind);
        _transformsAtStart = _projector.Transforms;
        FileName = fileName;
        (MonthFromFileName, ForceSlugFromFileName) = ParseFileName(fileName);
    }

    /// <summary>The kind of file, recognised from its header.</summary>
    public SourceKind Kind { get; }

    /// <summary>
    /// The projected system the file's x/y (Easting, Northing) are in and its records are held in: British National Grid
    /// unless a force export was opened with another EPSG code, or the file is a VPD GeoDASH export (EPSG:26910).
    /// </summary>
    public ProjectedCrs Crs { get; }

    /// <summary>
    /// The systems the store holds each force's coordinates in (a force not listed has none yet), set by the importer: a row
    /// of a force held in another system than <see cref="Crs"/> is rejected, so that one force's x/y are never mixed. Null
    /// (a reader used without a store): no check.
    /// </summary>
    public IReadOnlyDictionary<string, int>? HeldCrs
    {
        get => _heldCrs;
        set
        {
            _heldCrs = value;
            _forceEpsg.Clear();
        }
    }

    /// <summary>Forces this file is the first to bring, with the system their records are now held in (for the store to keep).</summary>
    public IReadOnlyDictionary<string, int> AdoptedCrs => _adopted;

    /// <summary>
    /// The forces of the rows read so far that were not rejected, in slug order: whose records the file's rows are. A force
    /// export's rows name their own forces, so its file name says nothing of them; the import report names these.
    /// </summary>
    public IReadOnlyCollection<string> Forces => _forces;

    /// <summary>
    /// Rows kept with something the file's format says about them counted by what (a VPD withheld location, a time of
    /// exactly 00:00 read as unknown within the day): not rejects, but worth saying in the import report.
    /// </summary>
    public IReadOnlyDictionary<string, long> Notes => _notes;

    /// <summary>The file name given to <see cref="Open"/>, used in messages.</summary>
    public string FileName { get; }

    /// <summary>The force slug from a data.police.uk file name (<c>YYYY-MM-force-kind.csv</c>), or null.</summary>
    public string? ForceSlugFromFileName { get; }

    /// <summary>
    /// The force for rows that do not name one, when the file name does not either (set by the importer from the
    /// user's <c>--force</c>). Rows that name their force keep it.
    /// </summary>
    public string? FallbackForceSlug { get; set; }

    /// <summary>
    /// The force rows that name none were given (<see cref="ForceSlugFromFileName"/>, else <see cref="FallbackForceSlug"/>),
    /// once a row has been; null while none has. The store keeps it with the file, so that the same file imported again
    /// under another force can be refused rather than reported as already imported.
    /// </summary>
    public string? GivenForce { get; private set; }

    /// <summary>
    /// The import's date in the UK (set by the importer from its clock): a record's month, date or time after it is in the
    /// future, which no record can be, and the row is rejected (one such row became the force's newest month, so that the
    /// months held before it were reported missing and the warning that the data is old was lost). Null (a reader used
    /// without a clock): no check.
    /// </summary>
    public DateOnly? Today { get; set; }

    /// <summary>Whether <paramref name="day"/> is after <see cref="Today"/>; if so the row is rejected on <paramref name="field"/>.</summary>
    private bool IsFuture(IRowSink sink, string field, DateOnly day, ReadOnlySpan<char> text)
    {
        if (Today is not { } today || day <= today)
        {
            return false;
        }

        Reject(sink, field, string.Create(CultureInfo.InvariantCulture, $"in the future: {Quote(text)} is after the day of the import ({today:yyyy-MM-dd})"));
        return true;
    }

    /// <summary>The month from a data.police.uk file name, or null.</summary>
    public YearMonth? MonthFromFileName { get; }

    /// <summary>Bytes read from the stream so far, for a progress bar.</summary>
    public long BytesRead => _tokenizer.BytesRead;

    /// <summary>Data rows read so far (valid and rejected; the header and blank lines are not rows).</summary>
    public long RowsRead { get; private set; }

    /// <summary>How many coordinates went through the projection (the rest were remembered); for benchmarks.</summary>
    internal long ProjectionTransforms => _projector.Transforms - _transformsAtStart;

    /// <summary>Reads the header and recognises the kind of file.</summary>
    /// <param name="stream">The file's bytes, UTF-8 with or without a byte order mark. Not disposed by the reader.</param>
    /// <param name="fileName">The file name (a path is fine); the force and month are taken from a data.police.uk name.</param>
    /// <param name="epsg">The EPSG code of a force export's Easting and Northing (<see cref="ProjectedCrs"/>); null for British
    /// National Grid, or the system a format implies (VPD GeoDASH: 26910).</param>
    /// <returns>The reader, or the error when the header is unreadable or unrecognised, or has an unknown,
    /// duplicate or missing column, or the EPSG code is unsupported or does not apply to the file.</returns>
    public static PoliceFileOpenResult Open(Stream stream, string fileName, int? epsg = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var tokenizer = new CsvTokenizer(stream);
        FileError? error;
        try
        {
            error = ReadHeader(tokenizer, fileName, out SourceKind kind, out int[] columns, out string[] header);
            ProjectedCrs? crs = null;
            error ??= ResolveCrs(fileName, kind, epsg, out crs);
            if (error is null)
            {
                var reader = new PoliceFileReader(tokenizer, kind, columns, header, fileName, crs!); // set when no error
                tokenizer = null;
                return PoliceFileOpenResult.Success(reader);
            }
        }
        finally
        {
            tokenizer?.Dispose();
        }

        return PoliceFileOpenResult.Failure(error);
    }

    /// <summary>Reads every remaining row into the sink, in file order.</summary>
    /// <param name="sink">Receives records and rejects; records are reused between calls.</param>
    /// <param name="cancellationToken">Checked every few thousand rows.</param>
    /// <exception cref="OperationCanceledException">Cancelled; rows already passed to the sink stay passed.</exception>
    public void ReadAll(IRowSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        while (_tokenizer.ReadRecord())
        {
            RowsRead++;
            if (RowsRead % CancellationInterval == 0 && cancellationToken.IsCancellationRequested)
            {
                Flush(sink);
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Before the field count: an unterminated quote or a cut-off line is why the count is wrong.
            if (_tokenizer.Malformed is { } malformed)
            {
                Reject(sink, HeaderName(_tokenizer.MalformedField), malformed);
                continue;
            }

            if (_tokenizer.FieldCount != _headerFieldCount)
            {
                Reject(sink, RecordField, FieldCountReason());
                continue;
            }

            if (_unnamed.Length > 0 && !UnnamedColumnsBlank(sink))
            {
                continue;
            }

            switch (Kind)
            {
                case SourceKind.Street:
                    ReadStreet(sink);
                    break;
                case SourceKind.Outcomes:
                    ReadOutcome(sink);
                    break;
                case SourceKind.StopAndSearch:
                    ReadStopSearch(sink);
                    break;
                case SourceKind.StopSearchExport:
                    ReadStopSearchExport(sink);
                    break;
                case SourceKind.VpdGeoDash:
                    ReadVpd(sink);
                    break;
                default:
                    ReadForceExport(sink);
                    break;
            }
        }

        Flush(sink);
        cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Returns the reader's buffers; the stream is not disposed.</summary>
    public void Dispose()
    {
        _tokenizer.Dispose();
        _keys.Dispose();
        if (!_disposed)
        {
            _disposed = true;
            LocationProjector.Return(_projector);
        }
    }

    /// <summary>Parses <c>YYYY-MM-force-kind.csv</c> (kind street, outcomes or stop-and-search).</summary>
    /// <param name="fileName">A file name or path.</param>
    /// <returns>The month and force slug, or nulls when the name is not in that form.</returns>
    internal static (YearMonth? Month, string? ForceSlug) ParseFileName(string fileName)
    {
        ReadOnlySpan<char> name = Path.GetFileName(fileName.AsSpan());
        if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.Length < 9 || name[7] != '-'
            || !YearMonth.TryParse(name[..7], out YearMonth month))
        {
            return (null, null);
        }

        ReadOnlySpan<char> rest = name[8..^4];
        foreach (string suffix in (ReadOnlySpan<string>)["-street", "-outcomes", "-stop-and-search"])
        {
            if (rest.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && rest.Length > suffix.Length)
            {
                return (month, rest[..^suffix.Length].ToString().ToLowerInvariant());
            }
        }

        return (null, null);
    }

    // British National Grid for data.police.uk files (WGS84 projected by Lantern) and by default; another system only where
    // the file's x/y are in it: a force export given --crs, or a VPD GeoDASH export (UTM zone 10N on NAD83 by its documentation).
    private static FileError? ResolveCrs(string fileName, SourceKind kind, int? epsg, out ProjectedCrs? crs)
    {
        crs = null;
        int code = epsg ?? (kind == SourceKind.VpdGeoDash ? VpdEpsg : ProjectedCrs.BritishNationalGridCode);
        if (ProjectedCrs.TryCreate(code, out string? unsupported) is not { } found)
        {
            return new FileError(fileName, 1, "--crs", unsupported!); // TryCreate gives a system or the reason
        }

        if (epsg is { } given && given != ProjectedCrs.BritishNationalGridCode && kind is not (SourceKind.ForceExport or SourceKind.VpdGeoDash))
        {
            return new FileError(fileName, 1, "--crs", $"a {Describe(kind)} file is in WGS84 and British National Grid: --crs applies to force exports only");
        }

        if (kind == SourceKind.VpdGeoDash && code != VpdEpsg)
        {
            return new FileError(fileName, 1, "--crs", $"a VPD GeoDASH export's X and Y are in EPSG:{VpdEpsg} (NAD83 / UTM zone 10N), not EPSG:{code}");
        }

        crs = found;
        return null;
    }

    // Notes that name a value (an unknown force's name) stop naming it past this many, so a file of many cannot grow them.
    private const int MaxNotes = 20;

    private void Note(string what) => _notes[what] = _notes.GetValueOrDefault(what) + 1;

    private static string Quote(ReadOnlySpan<char> value)
    {
        const int Max = 80;
        return value.Length <= Max ? $"'{value}'" : $"'{value[..Max]}…'";
    }

    private static bool IsBlank(ReadOnlySpan<char> value) => value.IsWhiteSpace();

    private ReadOnlySpan<char> Field(int column)
    {
        int index = _columns[column];
        return index < 0 ? [] : _tokenizer.Field(index);
    }

    private string? Pooled(int column)
    {
        ReadOnlySpan<char> value = Field(column);
        return IsBlank(value) ? null : _pool.Get(value, ref _last[column]);
    }

    private string? Text(int column)
    {
        ReadOnlySpan<char> value = Field(column);
        return IsBlank(value) ? null : value.ToString();
    }

    private static string Where(ProjectedCrs crs) => crs.IsBritishNationalGrid ? "Great Britain" : $"the area of {crs}";

    private void RejectRequired(IRowSink sink, string field) => Reject(sink, field, "required field is empty");

    private string? Slug(string? forceName)
    {
        if (forceName is null)
        {
            return null;
        }

        // By reference, as for categories: force names come from the string pool.
        if (!_slugs.TryGetValue(forceName, out string? slug))
        {
            if (_slugs.Count >= MaxMapped)
            {
                _slugs.Clear();
            }

            // The generator's fictional force is a force of its own, as its file names say.
            slug = Generation.ForceNames.SlugOf(forceName);
            _slugs[forceName] = slug;
        }

        return slug;
    }

    // Reads an optional WGS84 pair: both blank is no location (not an error); one without the other, a value that is
    // not a number or a point outside Great Britain rejects the row.
    private bool TryReadLonLat(IRowSink sink, int lonColumn, int latColumn, out double? longitude, out double? latitude)
    {
        longitude = null;
        latitude = null;
        ReadOnlySpan<char> lonText = Field(lonColumn);
        ReadOnlySpan<char> latText = Field(latColumn);
        bool lonBlank = IsBlank(lonText);
        bool latBlank = IsBlank(latText);
        if (lonBlank && latBlank)
        {
            return true;
        }

        string[] names = PoliceColumns.For(Kind);
        if (latBlank)
        {
            Reject(sink, names[latColumn], "Longitude given without Latitude");
            return false;
        }

        if (lonBlank)
        {
            Reject(sink, names[lonColumn], "Latitude given without Longitude");
            return false;
        }

        if (!FieldParsers.TryParseDouble(lonText, out double lon))
        {
            Reject(sink, names[lonColumn], "not a number: " + Quote(lonText));
            return false;
        }

        if (!FieldParsers.TryParseDouble(latText, out double lat))
        {
            Reject(sink, names[latColumn], "not a number: " + Quote(latText));
            return false;
        }

        if (!Crs.Contains(lon, lat))
        {
            bool lonOut = lon < Crs.MinLongitude || lon > Crs.MaxLongitude;
            Reject(sink, names[lonOut ? lonColumn : latColumn], string.Create(
                CultureInfo.InvariantCulture,
                $"longitude {lon}, latitude {lat} is outside {Where(Crs)} (longitude {Crs.MinLongitude} to {Crs.MaxLongitude}, latitude {Crs.MinLatitude} to {Crs.MaxLatitude})"));
            return false;
        }

        longitude = lon;
        latitude = lat;
        return true;
    }
}
