using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Services;

/// <summary>
/// Reads the forces' crimes into <see cref="CrimeCache"/>, and the store's coverage into <see cref="CoverageCache"/>, in
/// the background when the server starts, after each import through the web, and when it sees that another program
/// imported files (it looks every <see cref="LanternWebOptions.ImportWatchInterval"/>), so that analysts do not wait
/// seconds for the first tasking list or the Coverage page. A request that comes before the warm-up reads for itself.
/// </summary>
internal sealed partial class CrimeWarmup(StoreAccess stores, CrimeCache crimes, CoverageCache coverage, IOptions<LanternWebOptions> options,
    TimeProvider time, ILogger<CrimeWarmup> logger) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // The imports' version the last warm-up read (StoreVersion.Imports); -1 before the first.
    private long _warmed = -1;

    /// <summary>Asks for a warm-up soon (after an import); requests made while one waits are folded into it.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request(); // at start
        Task watching = WatchAsync(stoppingToken);
        await foreach (bool _ in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await Task.Run(() =>
                {
                    using Lantern.Data.Store.LanternStore store = stores.Open();
                    long imports = StoreVersion.Read(store).Imports;
                    int read = crimes.Warm(store, imports, stoppingToken);
                    coverage.Read(store); // the Coverage page, which analysts open after an import
                    Volatile.Write(ref _warmed, imports);
                    LogWarmed(logger, read, imports);
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed warm-up costs only speed: the next request reads the crimes itself, and reports any error.
                LogFailed(logger, e);
            }
        }

        await watching;
    }

    /// <summary>Asks for a warm-up whenever the store's imports are not those last read: another program imported files.</summary>
    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ImportWatchInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    // Before the first warm-up ends, or after one failed, this asks again: a warm-up skips what it holds.
                    using Lantern.Data.Store.LanternStore store = stores.Open();
                    if (StoreVersion.Read(store).Imports != Volatile.Read(ref _warmed))
                    {
                        Request();
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store is busy or gone for a moment: the next tick looks again, and requests read for themselves.
                    LogWatchFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the server is stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crimes read into memory for {Forces} force(s), imports up to #{Imports}")]
    private static partial void LogWarmed(ILogger logger, int forces, long imports);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading crimes into memory failed; requests will read them")]
    private static partial void LogFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for imports by other programs failed; it looks again at the next interval")]
    private static partial void LogWatchFailed(ILogger logger, Exception error);
}
