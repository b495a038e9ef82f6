using System.Threading.Channels;

namespace Lantern.Web.Services;

/// <summary>
/// Reads the forces' crimes into <see cref="CrimeCache"/>, and the store's coverage into <see cref="CoverageCache"/>, in
/// the background when the server starts and after each import through the web, so that analysts do not wait seconds
/// for the first tasking list or the Coverage page. An import from the command
/// line is seen at the next request, which reads then (as without the warm-up).
/// </summary>
internal sealed partial class CrimeWarmup(StoreAccess stores, CrimeCache crimes, CoverageCache coverage, ILogger<CrimeWarmup> logger) : BackgroundService
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a warm-up soon (after an import); requests made while one waits are folded into it.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Request(); // at start
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
                    LogWarmed(logger, read, imports);
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed warm-up costs only speed: the next request reads the crimes itself, and reports any error.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crimes of {Forces} forces read into memory (imports up to #{Imports})")]
    private static partial void LogWarmed(ILogger logger, int forces, long imports);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading crimes into memory failed; requests will read them")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
