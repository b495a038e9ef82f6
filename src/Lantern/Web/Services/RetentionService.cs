using Lantern.Analysis;
using Lantern.Core.Offenders;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Web.Services;

/// <summary>
/// The retention run (docs/offenders.md) scheduled in the server: a minute after start, then once a day. People who no
/// longer qualify leave the managed list and data past its MoPI retention date is erased, each in the audit log, exactly
/// as 'lantern retention run' does; the run is recorded as an analysis run.
/// </summary>
internal sealed partial class RetentionService(StoreAccess stores, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRun = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(FirstRun, time, stoppingToken);
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                if (await Task.Run(RunOnce, stoppingToken) is { } o)
                {
                    LogRan(logger, o.RunId, o.LeftList, o.Erased, o.ReviewDue);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Tomorrow's run tries again; nothing is half done (each erasure is its own transaction, audited in it).
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run with the default MoPI policy; null (nothing done, nothing recorded) when the store holds no offender data.</summary>
    public RetentionRun.Outcome? RunOnce()
    {
        using LanternStore store = stores.Open();
        return OffenderStore.Counts(store).People == 0 ? null : RetentionRun.Run(store, new RetentionPolicy(), time.GetUtcNow(), "retention (server)");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention run {Run}: {Left} left the managed list, {Erased} erased, {Review} due for review")]
    private static partial void LogRan(ILogger logger, long run, int left, int erased, int review);

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention run failed; it runs again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
