namespace Lantern.Analysis;

/// <summary>An extension or withdrawal to record, as typed or sent: read and checked by <see cref="Section60Register"/>.</summary>
internal sealed record Section60ChangeRequest
{
    /// <summary>Force slug or name; null when the reference is used by one force only.</summary>
    public string? Force { get; init; }

    /// <summary>The authorisation's reference.</summary>
    public string? Reference { get; init; }

    /// <summary>The extending or withdrawing officer's name.</summary>
    public string? By { get; init; }

    /// <summary>The extending officer's rank (extensions only).</summary>
    public string? Rank { get; init; }

    /// <summary>The new end (extensions only), as <see cref="Section60AddRequest.Start"/>.</summary>
    public string? Until { get; init; }

    /// <summary>Why it is withdrawn (withdrawals only).</summary>
    public string? Reason { get; init; }

    /// <summary>When the extension was given or the withdrawal took effect; null: now.</summary>
    public string? At { get; init; }
}
