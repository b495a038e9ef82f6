namespace Lantern.Web.Services;

/// <summary>Where a backtest started from the page is.</summary>
internal enum BacktestJobState
{
    /// <summary>Waiting for the one before it.</summary>
    Queued,

    /// <summary>Being computed.</summary>
    Running,

    /// <summary>Recorded: its run can be shown.</summary>
    Done,

    /// <summary>Its inputs or data would not do; the message says why.</summary>
    Failed,

    /// <summary>The server stopped first.</summary>
    Cancelled,
}
