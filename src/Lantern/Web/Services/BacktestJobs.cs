using System.Threading.Channels;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;

namespace Lantern.Web.Services;

/// <summary>
/// Backtests started from the forecasting page, run one at a time in the background (a daily backtest of continuous SEPP
/// over a year takes minutes; a request held open that long times out in proxies and browsers). The page shows each
/// job's state and, once it is done, its recorded run. Jobs are kept in memory, the last <see cref="Kept"/>: what lasts
/// is the recorded run; a job queued or running when the server stops is cancelled.
/// </summary>
internal sealed partial class BacktestJobs(StoreAccess stores, TimeProvider time, ILogger<BacktestJobs> logger) : BackgroundService
{
    /// <summary>Jobs listed at most (the oldest finished ones go first).</summary>
    public const int Kept = 50;

    private readonly Channel<int> _queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private readonly List<BacktestJob> _jobs = [];
    private int _last;

    /// <summary>Checks the request's inputs against the store (so that a mistake is said at once), then queues it.</summary>
    /// <exception cref="CliException">An input is wrong: the same message as the command's.</exception>
    public BacktestJob Start(BacktestRequest request)
    {
        using (LanternStore store = stores.Open())
        {
            BacktestRun.Check(store, request);
        }

        BacktestJob job;
        lock (_lock)
        {
            job = new BacktestJob(++_last, request, time.GetUtcNow());
            _jobs.Add(job);
            if (_jobs.Count > Kept && _jobs.FindIndex(j => j.IsFinished) is int old and >= 0)
            {
                _jobs.RemoveAt(old);
            }
        }

        _queue.Writer.TryWrite(job.Id);
        return job;
    }

    /// <summary>A job by its number, as it is now; null when there is none (or it has been dropped).</summary>
    public BacktestJob? Find(int id)
    {
        lock (_lock)
        {
            return _jobs.Find(j => j.Id == id);
        }
    }

    /// <summary>The jobs kept, newest first.</summary>
    public IReadOnlyList<BacktestJob> Recent()
    {
        lock (_lock)
        {
            return [.. Enumerable.Reverse(_jobs)];
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (int id in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                Update(id, j => j with { State = BacktestJobState.Running, Started = time.GetUtcNow() });
                BacktestJob job = Find(id)!;
                try
                {
                    long run = await Task.Run(() =>
                    {
                        using LanternStore store = stores.Open();
                        return BacktestRun.Compute(store, job.Request, time, stoppingToken).Run;
                    }, stoppingToken);
                    Update(id, j => j with { State = BacktestJobState.Done, Finished = time.GetUtcNow(), Run = run });
                }
                catch (Exception e) when (e is CliException or FormatException)
                {
                    Update(id, j => j with { State = BacktestJobState.Failed, Finished = time.GetUtcNow(), Message = WebText.FromCli(e.Message) });
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, id, e);
                    Update(id, j => j with { State = BacktestJobState.Failed, Finished = time.GetUtcNow(), Message = "The backtest failed: the server's log says why." });
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The server is stopping: what was queued or running will not finish.
        }
        finally
        {
            lock (_lock)
            {
                for (int i = 0; i < _jobs.Count; i++)
                {
                    if (!_jobs[i].IsFinished)
                    {
                        _jobs[i] = _jobs[i] with { State = BacktestJobState.Cancelled, Finished = time.GetUtcNow(), Message = "The server stopped before it finished." };
                    }
                }
            }
        }
    }

    private void Update(int id, Func<BacktestJob, BacktestJob> change)
    {
        lock (_lock)
        {
            int i = _jobs.FindIndex(j => j.Id == id);
            if (i >= 0)
            {
                _jobs[i] = change(_jobs[i]);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Backtest job {Id} failed")]
    private static partial void LogFailed(ILogger logger, int id, Exception error);
}
