namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// An authorisation ended early: from <see cref="At"/> it no longer runs, and searches after it are not under it. An
/// authorisation withdrawn before it began never ran.
/// </summary>
public sealed record Section60Withdrawal
{
    /// <summary>Creates a withdrawal.</summary>
    /// <param name="at">When it was withdrawn; kept in UTC.</param>
    /// <param name="by">Who withdrew it.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> or <paramref name="reason"/> is null.</exception>
    public Section60Withdrawal(DateTimeOffset at, string by, string reason)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(reason);
        At = at.ToUniversalTime();
        By = by.Trim();
        Reason = reason.Trim();
    }

    /// <summary>When it stopped running (UTC).</summary>
    public DateTimeOffset At { get; }

    /// <summary>Who withdrew it.</summary>
    public string By { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }
}
