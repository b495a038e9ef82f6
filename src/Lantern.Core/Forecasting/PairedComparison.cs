namespace Lantern.Core.Forecasting;

/// <summary>
/// Two methods backtested on the same targets, compared target by target at one coverage: on how many targets each caught
/// more events, the exact two-sided sign test of those wins, and the mean difference in hit rate.
/// </summary>
/// <remarks>
/// The sign test asks only which method caught more on each target, so it does not assume the events independent, and
/// targets where both caught the same are left out of it (Dixon &amp; Mood 1946). Compare methods on the same crime type,
/// period and coverage only (DOMAIN.md §3). Immutable.
/// </remarks>
/// <param name="Coverage">The coverage compared.</param>
/// <param name="FirstWins">Targets where the first method caught more events.</param>
/// <param name="SecondWins">Targets where the second caught more.</param>
/// <param name="Ties">Targets with events where both caught the same number.</param>
/// <param name="SignTestP">Exact two-sided p-value of the sign test on the wins (1 when there are none).</param>
/// <param name="MeanHitRateDifference">Mean over targets with events of the first's hit rate minus the second's.</param>
public readonly record struct PairedComparison(double Coverage, int FirstWins, int SecondWins, int Ties, double SignTestP,
    double MeanHitRateDifference);
