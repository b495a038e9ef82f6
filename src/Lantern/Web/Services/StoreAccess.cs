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
    private long _retryAt; // Environment.TickCount64 after a refused switch: tried again a minute later

    public string Database { get; } = options.Value.Database;

    public LanternStore Open()
    {
        if (!Volatile.Read(ref _shared) && Environment.TickCount64 >= Interlocked.Read(ref _retryAt))
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
            if (_shared || Environment.TickCount64 < Interlocked.Read(ref _retryAt))
            {
                return; // shared, or refused a moment ago, while this caller waited
            }

            LanternStore? store = LanternStore.Open(Database);
            try
            {
                if (store.ShareWithReaders())
                {
                    _keeper = store;
                    store = null;
                }

                Volatile.Write(ref _shared, true);
            }
            catch (InvalidOperationException e)
            {
                // Another program is writing the file (a long import from the command line): serve as it is, say so, and
                // try again in a minute.
                NotShared(log, Database, e.Message);
                Interlocked.Exchange(ref _retryAt, Environment.TickCount64 + 60_000);
            }
            finally
            {
                store?.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not switch {Database} to SQLite's write-ahead log ({Reason}); readers and writers wait for each other until it can")]
    private static partial void NotShared(ILogger logger, string database, string reason);
}
