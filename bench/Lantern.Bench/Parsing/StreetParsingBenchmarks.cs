using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using Lantern.Core.Geography;
using Lantern.Data.Formats;

namespace Lantern.Bench.Parsing;

/// <summary>
/// Parsing, validating and projecting data.police.uk street rows (target: at least 1,000,000 rows/s on one core),
/// against CsvHelper doing less (tokenizing and reading every field as a string, and parsing the coordinates).
/// Rows/s = Rows ÷ Mean.
/// </summary>
/// <remarks>
/// Run: <c>dotnet run -c Release --project bench/Lantern.Bench -- --filter '*StreetParsing*' --job short</c>.
/// <see cref="RealStreetFiles"/> reads every real street file under ../shared/data when present (else nothing), one
/// reader per file; <see cref="RealStreetRowsOneStream"/> reads the same rows as one file.
/// </remarks>
[MemoryDiagnoser]
public class StreetParsingBenchmarks
{
    private byte[] _file = [];
    private byte[][] _realFiles = [];
    private byte[] _realRowsOneStream = [];
    private (double Lon, double Lat)[] _distinctPoints = [];

    /// <summary>Data rows in the generated file.</summary>
    [Params(200_000)]
    public int Rows { get; set; }

    /// <summary>Builds the file and loads the real files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _file = StreetCsvGenerator.Generate(Rows, seed: 20240701);
        var random = new Random(7);
        _distinctPoints = new (double, double)[Rows];
        for (int i = 0; i < Rows; i++)
        {
            _distinctPoints[i] = (-3.3 + (random.NextDouble() * 0.65), 51.5 + (random.NextDouble() * 0.35));
        }

        string? data = FindSharedData();
        _realFiles = data is null
            ? []
            : [.. Directory.EnumerateFiles(data, "*-street.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

        // The same real rows as one stream (one header), to separate per-row cost from per-file set-up.
        using var joined = new MemoryStream();
        foreach (byte[] file in _realFiles)
        {
            int headerEnd = Array.IndexOf(file, (byte)'\n') + 1;
            joined.Write(file.AsSpan(joined.Length == 0 ? 0 : headerEnd));
        }

        _realRowsOneStream = joined.ToArray();
    }

    /// <summary>Lantern: tokenize, validate, intern, map vocabularies, project to BNG and key every row.</summary>
    /// <returns>Rows accepted.</returns>
    [Benchmark(Baseline = true)]
    public long Lantern() => Read(_file, "2024-07-gwent-street.csv");

    /// <summary>Lantern's tokenizer alone: every field of every record touched, nothing parsed.</summary>
    /// <returns>Total field length, so the work is not optimised away.</returns>
    [Benchmark]
    public long TokenizerOnly()
    {
        using var stream = new MemoryStream(_file, writable: false);
        using var tokenizer = new CsvTokenizer(stream);
        long total = 0;
        while (tokenizer.ReadRecord())
        {
            for (int i = 0; i < tokenizer.FieldCount; i++)
            {
                total += tokenizer.Field(i).Length;
            }
        }

        return total;
    }

    /// <summary>CsvHelper 33 reading every field as a string and parsing the coordinates: no validation, projection or keys.</summary>
    /// <returns>Rows read.</returns>
    [Benchmark]
    public long CsvHelperFieldsAndCoordinates()
    {
        using var reader = new StreamReader(new MemoryStream(_file, writable: false));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        long rows = 0;
        double sum = 0;
        while (csv.Read())
        {
            for (int i = 0; i < 12; i++)
            {
                _ = csv.GetField(i);
            }

            string? lon = csv.GetField(4);
            string? lat = csv.GetField(5);
            if (!string.IsNullOrEmpty(lon) && !string.IsNullOrEmpty(lat))
            {
                sum += double.Parse(lon, CultureInfo.InvariantCulture) + double.Parse(lat, CultureInfo.InvariantCulture);
            }

            rows++;
        }

        return sum > 0 ? rows : -rows;
    }

    /// <summary>ProjNET alone on <see cref="Rows"/> distinct points: the cost every row would pay without the reader's point memory.</summary>
    /// <returns>Sum of eastings.</returns>
    [Benchmark]
    public double ProjNetDistinctPoints()
    {
        var grid = new BritishNationalGrid();
        double sum = 0;
        foreach ((double lon, double lat) in _distinctPoints)
        {
            sum += grid.ToBng(lon, lat).Easting;
        }

        return sum;
    }

    /// <summary>Lantern on every real street file under ../shared/data (nothing when absent).</summary>
    /// <returns>Rows accepted.</returns>
    [Benchmark]
    public long RealStreetFiles()
    {
        long rows = 0;
        foreach (byte[] file in _realFiles)
        {
            rows += Read(file, "2024-07-gwent-street.csv");
        }

        return rows;
    }

    /// <summary>Every real street row under ../shared/data as one stream (nothing when absent).</summary>
    /// <returns>Rows accepted.</returns>
    [Benchmark]
    public long RealStreetRowsOneStream() => _realRowsOneStream.Length == 0 ? 0 : Read(_realRowsOneStream, "2024-07-gwent-street.csv");

    private static long Read(byte[] file, string name)
    {
        using var stream = new MemoryStream(file, writable: false);
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, name);
        if (!open.IsSuccess)
        {
            throw new InvalidOperationException(open.Error.ToString());
        }

        using PoliceFileReader reader = open.Reader;
        var sink = new CountingSink();
        reader.ReadAll(sink, CancellationToken.None);
        return sink.Rows;
    }

    // The benchmark binaries may sit outside the repository (BenchmarkDotNet builds a copy), so the source path of
    // this file, known at compile time, is the fallback; LANTERN_SHARED_DATA overrides both.
    private static string? FindSharedData()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("LANTERN_SHARED_DATA");
        if (Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (string start in (string[])[AppContext.BaseDirectory, SourceDirectory()])
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Lantern.slnx")))
                {
                    string data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                    return Directory.Exists(data) ? data : null;
                }
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    private sealed class CountingSink : IRowSink
    {
        public long Rows { get; private set; }

        public double Sum { get; private set; }

        public void Crime(long line, UInt128 key, CrimeRecord record)
        {
            Rows++;
            Sum += record.Easting ?? 0;
        }

        public void Outcome(long line, UInt128 key, OutcomeRecord record) => Rows++;

        public void StopSearch(long line, UInt128 key, StopSearchRecord record) => Rows++;

        public void Reject(RowReject reject) => throw new InvalidOperationException(reject.ToString());
    }
}
