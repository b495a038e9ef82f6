using Lantern.Core.StopSearch;

namespace Lantern.Core.Forecasting;

/// <summary>
/// A backtest's scores at one coverage, pooled over its targets: hit rate Σn/ΣN with a 95% Wilson interval, harm captured
/// Σ harm caught / Σ harm, PEI Σn/Σn*, and the mean PAI of the targets that had events.
/// </summary>
/// <remarks>
/// The interval treats the events as independent trials; crimes that repeat near each other are not, so read it as a
/// lower bound on the uncertainty. Immutable.
/// </remarks>
/// <param name="Coverage">The coverage, a share of the study area.</param>
/// <param name="HitRate">Events caught out of events, pooled, with its interval.</param>
/// <param name="HarmRate">Harm caught over harm, pooled (NaN without harm).</param>
/// <param name="Pei">Events caught over the most the same areas could have caught, pooled (NaN when nothing could be).</param>
/// <param name="MeanPai">Mean PAI over the targets with events (NaN when none had).</param>
/// <param name="Targets">Targets scored.</param>
/// <param name="TargetsWithEvents">Targets with at least one event in the study area.</param>
public readonly record struct BacktestSummary(double Coverage, Proportion HitRate, double HarmRate, double Pei, double MeanPai, int Targets,
    int TargetsWithEvents);
