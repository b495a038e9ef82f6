using Dapper;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

/// <summary>
/// The store's behaviour, written once and run against each provider: a subclass says how to make a new, empty store
/// (a SQLite file, a PostgreSQL schema). Every test starts from an empty store of its own.
/// </summary>
public abstract partial class StoreTests : IDisposable
{
    internal const string StreetHeader =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    internal const string ExportHeader =
        "Crime reference,Force,Offence code,Crime type,Committed from,Committed to,Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lantern-store-tests", Guid.NewGuid().ToString("N"));

    protected StoreTests() => Directory.CreateDirectory(_directory);

    internal static DateTimeOffset Now { get; } = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    /// <summary>What <c>--db</c> would be for this test's store: a file path or a URL.</summary>
    private protected abstract string Database { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    internal LanternStore Open() => LanternStore.Open(Database);

    /// <summary>What <c>--db</c> would be for a second, empty store of the test's own (a new file, a new schema).</summary>
    private protected virtual string AnotherDatabase() => Path.Combine(_directory, $"another-{Guid.NewGuid():N}.db");

    /// <summary>Writes a file under the test's folder (creating its folders) and returns its path.</summary>
    internal string WriteFile(string relative, params string[] lines)
    {
        string path = Path.Combine(_directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // a path under the test folder always has one
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    internal static FileImportResult Import(LanternStore store, string path, string? force = null, int? epsg = null) =>
        Import(store, new ImportSource(path, new FileInfo(path).Length, () => File.OpenRead(path)), force, epsg);

    internal static FileImportResult Import(LanternStore store, ImportSource source, string? force = null, int? epsg = null) =>
        new Importer(store, "test", new FixedTime(Now)).ImportFile(source, null, force, CancellationToken.None, epsg);

    internal static long Count(LanternStore store, string table) => store.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}");

    /// <summary>A street row of Gwent in <paramref name="month"/>, at a point in Newport unless given none.</summary>
    internal static string Street(string id, string month, string type = "Robbery", bool located = true) =>
        located
            ? $"{id},{month},Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,{type},Under investigation,"
            : $"{id},{month},Gwent Police,Gwent Police,,,No location,,,{type},,";

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
