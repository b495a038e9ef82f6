namespace Lantern.Core.StopSearch;

/// <summary>How the veil-of-darkness test is fitted.</summary>
public sealed record VeilOptions
{
    /// <summary>Knots of the restricted cubic spline of the time of day, 3 to 7; default 6 (Harrell's quantiles).</summary>
    public int Knots { get; init; } = 6;

    /// <summary>The confidence level of the interval of β, between 0 and 1 exclusive; default 0.95 (Wald).</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Knots outside 3 to 7, or a level outside (0, 1).</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Knots, 3, nameof(Knots));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Knots, 7, nameof(Knots));
        if (!(Level is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Level), Level, "The level must lie between 0 and 1.");
        }
    }
}
