namespace Lantern.Bench.Harness;

/// <summary>A new, empty store for one timed run, removed when disposed.</summary>
internal interface IBenchStore : IDisposable
{
    /// <summary>"SQLite" or "PostgreSQL", for the report.</summary>
    public string Kind { get; }

    /// <summary>What <c>--db</c> would be: a file path or a URL.</summary>
    public string Database { get; }

    /// <summary>The store's size on disk after the run.</summary>
    public long SizeBytes();
}
