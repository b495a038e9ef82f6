namespace Lantern.Core.StopSearch;

/// <summary>
/// The veil-of-darkness test (<see cref="VeilOfDarkness"/>): the coefficient of darkness with its interval, the sample
/// it was fitted on and every search left out, by reason, in the order the reasons are checked.
/// </summary>
/// <remarks>Immutable once made. Null estimates mean the model could not be fitted (<see cref="NotFitted"/> says why).</remarks>
public sealed class VeilResult
{
    /// <summary>Searches given.</summary>
    public long Read { get; init; }

    /// <summary>Left out: no coordinates, so no sunset can be worked out for the place.</summary>
    public long NoCoordinates { get; init; }

    /// <summary>Left out: ethnic group not recorded on the basis chosen.</summary>
    public long UnknownEthnicity { get; init; }

    /// <summary>Left out: not inside any area of the fixed effects (area level only).</summary>
    public long NoArea { get; init; }

    /// <summary>Left out: a time of day outside the inter-twilight window of the place and year.</summary>
    public long OutsideWindow { get; init; }

    /// <summary>Left out: between sunset and civil dusk that day, neither light nor dark.</summary>
    public long Twilight { get; init; }

    /// <summary>Left out: in an area whose remaining searches were all of Black people or none were (its effect cannot be estimated and it says nothing of β).</summary>
    public long AreaWithoutVariation { get; init; }

    /// <summary>Areas (fixed effects) in the model.</summary>
    public int AreasUsed { get; init; }

    /// <summary>Areas left out for having no variation.</summary>
    public int AreasWithoutVariation { get; init; }

    /// <summary>Searches in the model.</summary>
    public long Used { get; init; }

    /// <summary>Share of Black people among the searches after civil dusk, with its Wilson interval.</summary>
    public Proportion BlackWhenDark { get; init; }

    /// <summary>Share of Black people among the searches before sunset, with its Wilson interval.</summary>
    public Proportion BlackWhenLight { get; init; }

    /// <summary>The earliest end of civil twilight over the years and places of the searches, UK clock time.</summary>
    public TimeOnly? WindowStart { get; init; }

    /// <summary>The latest end of civil twilight over the years and places of the searches, UK clock time.</summary>
    public TimeOnly? WindowEnd { get; init; }

    /// <summary>The spline's knots, UK clock time, chosen at Harrell's quantiles of the times of day in the model.</summary>
    public IReadOnlyList<TimeOnly> Knots { get; init; } = [];

    /// <summary>β: the change in the log-odds that a searched person is Black when it is dark.</summary>
    public double? Beta { get; init; }

    /// <summary>The standard error of β.</summary>
    public double? StandardError { get; init; }

    /// <summary>The lower end of β's Wald interval.</summary>
    public double? Low { get; init; }

    /// <summary>The upper end of β's Wald interval.</summary>
    public double? High { get; init; }

    /// <summary>The interval's level (0.95).</summary>
    public double Level { get; init; }

    /// <summary>exp(β): the odds ratio of a searched person being Black, dark against light.</summary>
    public double? OddsRatio => Beta is { } b ? Math.Exp(b) : null;

    /// <summary>exp of the interval's lower end.</summary>
    public double? OddsRatioLow => Low is { } l ? Math.Exp(l) : null;

    /// <summary>exp of the interval's upper end.</summary>
    public double? OddsRatioHigh => High is { } h ? Math.Exp(h) : null;

    /// <summary>The two-sided Wald p-value of β = 0.</summary>
    public double? PValue { get; init; }

    /// <summary>IRLS iterations run.</summary>
    public int Iterations { get; init; }

    /// <summary>Whether the fit converged.</summary>
    public bool Converged { get; init; }

    /// <summary>Why no estimate was made, or null when one was.</summary>
    public string? NotFitted { get; init; }
}
