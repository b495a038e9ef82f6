using Lantern.Core.Geography;

namespace Lantern.Core.Tasking;

/// <summary>An analyst's change to the tasking list, with the reason that is recorded and reported with it (DOMAIN.md §2).</summary>
public sealed record AnalystAdjustment
{
    /// <summary>Creates an adjustment.</summary>
    /// <param name="cell">The cell added or suppressed.</param>
    /// <param name="kind">Add or suppress.</param>
    /// <param name="reason">Why, in words a reviewer can check; not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank or the kind is not defined.</exception>
    public AnalystAdjustment(CellId cell, AdjustmentKind kind, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Adjustment kind {(int)kind} is not defined.", nameof(kind));
        }

        Cell = cell;
        Kind = kind;
        Reason = reason.Trim();
    }

    /// <summary>The cell.</summary>
    public CellId Cell { get; }

    /// <summary>Add or suppress.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>The analyst's reason.</summary>
    public string Reason { get; }
}
