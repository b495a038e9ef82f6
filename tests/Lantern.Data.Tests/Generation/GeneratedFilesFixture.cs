using Lantern.Core.Time;
using Lantern.Data.Generation;

namespace Lantern.Data.Tests.Generation;

/// <summary>One run of the writer shared by the file tests: six months ending December 2024, 3,000 events a month.</summary>
public sealed class GeneratedFilesFixture : IAsyncLifetime
{
    private readonly List<GeneratorProgress> _progress = [];

    internal GeneratorOptions Options { get; } = GeneratorOptions.EndingBefore(new YearMonth(2025, 1), 6) with { Events = 18_000 };

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"lantern-gen-{Guid.NewGuid():N}");

    internal GeneratorResult Result { get; private set; } = default!; // set in InitializeAsync, before any test

    internal IReadOnlyList<GeneratorProgress> Progress => _progress;

    public async Task InitializeAsync() =>
        Result = await SyntheticForceWriter.WriteAsync(Options, Directory, new SynchronousProgress(_progress), CancellationToken.None);

    public Task DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>The rows of a CSV written by the generator (which never quotes), header first.</summary>
    /// <param name="relative">Path under the output directory.</param>
    /// <returns>Each line split on commas.</returns>
    public string[][] Rows(string relative) =>
        [.. File.ReadAllText(Path.Combine(Directory, relative))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(','))];

    // Progress<T> posts to the thread pool; tests want the reports in order, on the spot.
    private sealed class SynchronousProgress(List<GeneratorProgress> reports) : IProgress<GeneratorProgress>
    {
        public void Report(GeneratorProgress value) => reports.Add(value);
    }
}
