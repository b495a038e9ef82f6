using Lantern.Analysis;

namespace Lantern.Web.Services;

/// <summary>A backtest started from the forecasting page (<see cref="BacktestJobs"/>), as it stands.</summary>
/// <param name="Id">Its number on this server, from 1.</param>
/// <param name="Request">What was asked, and by whom.</param>
/// <param name="Queued">When it was asked for.</param>
internal sealed record BacktestJob(int Id, BacktestRequest Request, DateTimeOffset Queued)
{
    public BacktestJobState State { get; init; } = BacktestJobState.Queued;

    public DateTimeOffset? Started { get; init; }

    public DateTimeOffset? Finished { get; init; }

    /// <summary>The recorded run, once done.</summary>
    public long? Run { get; init; }

    /// <summary>Why it failed or was cancelled.</summary>
    public string? Message { get; init; }

    public bool IsFinished => State is BacktestJobState.Done or BacktestJobState.Failed or BacktestJobState.Cancelled;
}
