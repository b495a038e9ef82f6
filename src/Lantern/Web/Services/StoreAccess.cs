using Lantern.Data.Store;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Services;

/// <summary>
/// Opens the store for one piece of work. A SQLite connection is not thread safe, so each request opens its own (cheap:
/// the file is already in the OS cache) and disposes it. The first use readies the store for many users at once
/// (<see cref="LanternStore.ShareWithReaders"/>: SQLite's write-ahead log, so that reads and writes do not wait for each
/// other) for as long as the server runs, and undoes it when the server stops (the rollback journal is faster for
/// imports from the command line).
/// </summary>
internal sealed partial class StoreAccess(IOptions<LanternWebOptions> options, ILogger<StoreAccess> log) : IDisposable
{
    private readonly Lock _lock = new();
    private LanternStore? _keeper;
    private bool _shared;

    public string Database { get; } = options.Value.Database;

    public LanternStore Open()
    {
        if (!Volatile.Read(ref _shared))
        {
            Share();
        }

        return LanternStore.Open(Database);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _keeper?.StopSharing();
            _keeper?.Dispose();
            _keeper = null;
        }
    }

    private void Share()
    {
        lock (_lock)
        {
            if (_shared)
            {
                return;
            }

            LanternStore store = LanternStore.Open(Database);
            try
            {
                if (store.ShareWithReaders())
                {
                    _keeper = store;
                    store = null!;
                }
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                // Another program is writing the file (an import from the command line): serve as it is, and say so.
                NotShared(log, Database, e.Message);
            }
            finally
            {
                store?.Dispose();
            }

            Volatile.Write(ref _shared, true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not switch {Database} to SQLite's write-ahead log ({Reason}); readers and writers will wait for each other")]
    private static partial void NotShared(ILogger logger, string database, string reason);
}
