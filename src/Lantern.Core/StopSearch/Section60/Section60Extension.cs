namespace Lantern.Core.StopSearch.Section60;

/// <summary>An extension of a Section 60 authorisation: until when, by whom, of what rank, decided when.</summary>
public sealed record Section60Extension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="until">The new end; kept in UTC.</param>
    /// <param name="by">The extending officer's name.</param>
    /// <param name="rank">The extending officer's rank.</param>
    /// <param name="at">When the extension was given; kept in UTC.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    public Section60Extension(DateTimeOffset until, string by, OfficerRank rank, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        Until = until.ToUniversalTime();
        By = by.Trim();
        Rank = rank;
        At = at.ToUniversalTime();
    }

    /// <summary>The new end (UTC).</summary>
    public DateTimeOffset Until { get; }

    /// <summary>The extending officer, as written (trimmed).</summary>
    public string By { get; }

    /// <summary>The extending officer's rank.</summary>
    public OfficerRank Rank { get; }

    /// <summary>When the extension was given (UTC).</summary>
    public DateTimeOffset At { get; }
}
