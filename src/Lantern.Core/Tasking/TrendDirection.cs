namespace Lantern.Core.Tasking;

/// <summary>The direction of a place's trend against the previous period.</summary>
public enum TrendDirection
{
    /// <summary>The previous period is not in the data, so there is nothing to compare with.</summary>
    NotAvailable = 0,

    /// <summary>No change the Poisson test can tell from chance.</summary>
    NoClearChange = 1,

    /// <summary>Significantly more crimes per month than in the previous period.</summary>
    Rising = 2,

    /// <summary>Significantly fewer crimes per month than in the previous period.</summary>
    Falling = 3,
}
