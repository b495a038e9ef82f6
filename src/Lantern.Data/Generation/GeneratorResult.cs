using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>What <see cref="SyntheticForceWriter.WriteAsync"/> wrote.</summary>
internal sealed class GeneratorResult
{
    internal GeneratorResult(string directory, GeneratorOptions options, long events, long streetRows, long outcomeRows,
        long noLocationRows, IReadOnlyList<string> files)
    {
        Directory = directory;
        Seed = options.Seed;
        FirstMonth = options.FirstMonth;
        LastMonth = options.LastMonth;
        Events = events;
        StreetRows = streetRows;
        OutcomeRows = outcomeRows;
        NoLocationRows = noLocationRows;
        Files = files;
    }

    /// <summary>The output directory.</summary>
    public string Directory { get; }

    /// <summary>The seed used (record it with anything built from the files).</summary>
    public int Seed { get; }

    /// <summary>The first month written.</summary>
    public YearMonth FirstMonth { get; }

    /// <summary>The last month written.</summary>
    public YearMonth LastMonth { get; }

    /// <summary>Events generated: rows in the street files, and in the force export.</summary>
    public long Events { get; }

    /// <summary>Rows written to street files (equal to <see cref="Events"/>).</summary>
    public long StreetRows { get; }

    /// <summary>Rows written to outcomes files.</summary>
    public long OutcomeRows { get; }

    /// <summary>Events published as "No Location".</summary>
    public long NoLocationRows { get; }

    /// <summary>Searches written to the stop-and-search export.</summary>
    public long Searches { get; init; }

    /// <summary>The files written, relative to <see cref="Directory"/>, with '/' separators.</summary>
    public IReadOnlyList<string> Files { get; }
}
