using System.Text;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>
/// Writes the synthetic force to disk as the two views a force analyst has of one world: data.police.uk monthly
/// street and outcomes files (month resolution, snapped locations, LSOAs) and a force crime export (timestamps,
/// exact locations, offence codes), plus the fictional LSOA boundaries as GeoJSON.
/// </summary>
/// <remarks>
/// <para>Layout under the output directory:</para>
/// <list type="bullet">
/// <item><c>YYYY-MM/YYYY-MM-lantern-demo-street.csv</c> and <c>…-outcomes.csv</c>, as the data.police.uk archive;</item>
/// <item><c>force-export/lantern-demo-YYYY-MM.csv</c>, the same crimes with times;</item>
/// <item><c>force-export/lantern-demo-stop-search-YYYY-MM.csv</c>, the force's stop-and-search export, with body-worn video;</item>
/// <item><c>boundaries/lantern-demo-lsoa.geojson</c>, the LSOAs named in the street files.</item>
/// </list>
/// <para>
/// CSV is UTF-8 without a byte-order mark, LF line endings, invariant culture. Existing files of the same names are
/// replaced; nothing else in the directory is touched. Streets rows are buffered a month at a time (and sorted by
/// LSOA, as data.police.uk sorts them, so row order reveals nothing about time); everything else streams.
/// </para>
/// </remarks>
internal static partial class SyntheticForceWriter
{
    /// <summary>The header of data.police.uk street files.</summary>
    public const string StreetHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    /// <summary>The header of data.police.uk outcomes files.</summary>
    public const string OutcomesHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Outcome type";

    /// <summary>The header of the force export.</summary>
    public const string ForceExportHeader =
        "Crime reference,Force,Offence code,Crime type,Committed from,Committed to," +
        "Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome";

    /// <summary>The folder of the force export, under the output directory.</summary>
    public const string ForceExportFolder = "force-export";

    /// <summary>The LSOA boundary file, relative to the output directory.</summary>
    public const string LsoaBoundaryFile = "boundaries/lantern-demo-lsoa.geojson";

    private const ulong WriterStream = 3;

    // Gwent's 2024 street files publish about 2% of crimes as "No Location"; a little less here.
    private const double NoLocationShare = 0.015;

    private const int FlushChars = 1 << 17;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Generates and writes the files.</summary>
    /// <param name="options">What to generate.</param>
    /// <param name="directory">The output directory, created when missing.</param>
    /// <param name="progress">Told after each month; may be null.</param>
    /// <param name="cancellationToken">Cancels the run (files already written stay).</param>
    /// <returns>What was written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static async Task<GeneratorResult> WriteAsync(GeneratorOptions options, string directory, IProgress<GeneratorProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options.Validate();
        SyntheticTown town = SyntheticTown.Create(options.Seed, options.AreaSideMetres);
        Directory.CreateDirectory(Path.Combine(directory, ForceExportFolder));
        var files = new List<string>();
        await WriteBoundariesAsync(town, directory, cancellationToken);
        files.Add(LsoaBoundaryFile);

        var state = new WriteState(options, town, directory, files);
        YearMonth month = options.FirstMonth;
        int monthsDone = 0;
        await state.BeginMonthAsync(month, cancellationToken);
        foreach (SyntheticCrime crime in EventSimulator.Run(options, town))
        {
            while (crime.Month > month)
            {
                await state.EndMonthAsync(cancellationToken);
                progress?.Report(new GeneratorProgress(month, ++monthsDone, options.Months, state.Events));
                month = month.PlusMonths(1);
                await state.BeginMonthAsync(month, cancellationToken);
            }

            state.Add(crime);
            if (state.ExportPending > FlushChars)
            {
                await state.FlushExportAsync(cancellationToken);
            }
        }

        await state.EndMonthAsync(cancellationToken);
        progress?.Report(new GeneratorProgress(month, ++monthsDone, options.Months, state.Events));
        while (month < options.LastMonth)
        {
            // Months with no events at all (only possible for tiny runs) still get their files.
            month = month.PlusMonths(1);
            await state.BeginMonthAsync(month, cancellationToken);
            await state.EndMonthAsync(cancellationToken);
            progress?.Report(new GeneratorProgress(month, ++monthsDone, options.Months, state.Events));
        }

        await state.CloseAsync();
        long searches = await SyntheticStopSearchWriter.WriteAsync(options, town, directory, files, cancellationToken);
        return new GeneratorResult(directory, options, state.Events, state.Events, state.OutcomeRows, state.NoLocationRows, files) { Searches = searches };
    }

    /// <summary>The relative path of a month's street file.</summary>
    /// <param name="month">The month.</param>
    /// <returns>e.g. <c>2024-07/2024-07-lantern-demo-street.csv</c>.</returns>
    public static string StreetFile(YearMonth month) => $"{month}/{month}-{SyntheticForce.Slug}-street.csv";

    /// <summary>The relative path of a month's outcomes file.</summary>
    /// <param name="month">The month.</param>
    /// <returns>e.g. <c>2024-07/2024-07-lantern-demo-outcomes.csv</c>.</returns>
    public static string OutcomesFile(YearMonth month) => $"{month}/{month}-{SyntheticForce.Slug}-outcomes.csv";

    /// <summary>The relative path of a month's force export.</summary>
    /// <param name="month">The month.</param>
    /// <returns>e.g. <c>force-export/lantern-demo-2024-07.csv</c>.</returns>
    public static string ForceExportFile(YearMonth month) => $"{ForceExportFolder}/{SyntheticForce.Slug}-{month}.csv";

    private static StreamWriter OpenWriter(string directory, string relative)
    {
        string path = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // never null: the path has a folder
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        return new StreamWriter(stream, s_utf8, 1 << 16);
    }

    // One crime as the writer keeps it until its month's street file is sorted and written.
    private readonly record struct StreetRow(
        int Snap, int Lsoa, CrimeCategory Category, ulong Id0, ulong Id1, ulong Id2, ulong Id3, string LastOutcome, string? OutcomeType,
        YearMonth OutcomeMonth);

    // Everything that lives for one run: the views' writers, buffers, counters and the per-crime random choices.
    private sealed partial class WriteState(GeneratorOptions options, SyntheticTown town, string directory, List<string> files)
    {
        private readonly DeterministicRandom _random = new(options.Seed, WriterStream);
        private readonly BritishNationalGrid _grid = new();
        private readonly List<StreetRow> _rows = [];
        private readonly StringBuilder _export = new(FlushChars + 4096);
        private readonly Dictionary<YearMonth, StreamWriter> _outcomes = [];
        private readonly string _forceName = SyntheticForce.Name;
        private StreamWriter? _exportWriter;
        private YearMonth _month;
        private int _referenceYear;
        private int _referenceNumber;

        public long Events { get; private set; }

        public long OutcomeRows { get; private set; }

        public long NoLocationRows { get; private set; }

        public int ExportPending => _export.Length;

        public async Task BeginMonthAsync(YearMonth month, CancellationToken cancellationToken)
        {
            _month = month;
            _rows.Clear();
            string relative = ForceExportFile(month);
            _exportWriter = OpenWriter(directory, relative);
            files.Add(relative);
            await _exportWriter.WriteAsync((ForceExportHeader + "\n").AsMemory(), cancellationToken);
        }

        public async Task FlushExportAsync(CancellationToken cancellationToken)
        {
            await _exportWriter!.WriteAsync(_export, cancellationToken); // set by BeginMonthAsync before any row
            _export.Clear();
        }

        public async Task EndMonthAsync(CancellationToken cancellationToken)
        {
            await FlushExportAsync(cancellationToken);
            await _exportWriter!.DisposeAsync(); // set by BeginMonthAsync
            _exportWriter = null;

            // data.police.uk lists a month by LSOA; "No Location" rows come last.
            _rows.Sort(static (a, b) =>
            {
                int c = a.Lsoa.CompareTo(b.Lsoa);
                c = c != 0 ? c : a.Snap.CompareTo(b.Snap);
                return c != 0 ? c : a.Id0.CompareTo(b.Id0);
            });

            string relative = StreetFile(_month);
            await using (StreamWriter street = OpenWriter(directory, relative))
            {
                files.Add(relative);
                var sb = new StringBuilder(FlushChars + 4096);
                sb.Append(StreetHeader).Append('\n');
                foreach (StreetRow row in _rows)
                {
                    AppendStreetRow(sb, row);
                    if (sb.Length > FlushChars)
                    {
                        await street.WriteAsync(sb, cancellationToken);
                        sb.Clear();
                    }
                }

                await street.WriteAsync(sb, cancellationToken);
            }

            // Outcomes go to the month they happened in, this month or later; that file stays open until then.
            var pending = new Dictionary<YearMonth, StringBuilder>();
            foreach (StreetRow row in _rows)
            {
                if (row.OutcomeType is null)
                {
                    continue;
                }

                if (!pending.TryGetValue(row.OutcomeMonth, out StringBuilder? sb))
                {
                    sb = new StringBuilder();
                    pending[row.OutcomeMonth] = sb;
                }

                AppendOutcomeRow(sb, row);
                OutcomeRows++;
            }

            foreach ((YearMonth month, StringBuilder sb) in pending.OrderBy(p => p.Key))
            {
                StreamWriter writer = await OutcomesWriterAsync(month, cancellationToken);
                await writer.WriteAsync(sb, cancellationToken);
            }

            // No later crime can have an outcome this month or before: close (or create, header only) this month's file.
            StreamWriter current = await OutcomesWriterAsync(_month, cancellationToken);
            await current.DisposeAsync();
            _outcomes.Remove(_month);
        }

        public async Task CloseAsync()
        {
            foreach (StreamWriter writer in _outcomes.Values)
            {
                await writer.DisposeAsync();
            }

            _outcomes.Clear();
        }

        private async Task<StreamWriter> OutcomesWriterAsync(YearMonth month, CancellationToken cancellationToken)
        {
            if (!_outcomes.TryGetValue(month, out StreamWriter? writer))
            {
                string relative = OutcomesFile(month);
                writer = OpenWriter(directory, relative);
                files.Add(relative);
                await writer.WriteAsync((OutcomesHeader + "\n").AsMemory(), cancellationToken);
                _outcomes[month] = writer;
            }

            return writer;
        }
    }
}
