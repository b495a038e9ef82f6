namespace Lantern.Data.Generation;

/// <summary>What offender records to generate: up to which day, how many years, how many suspects a year, which seed.</summary>
/// <remarks>No "now" here (STYLE rule 13): the caller says which day the data ends on. The same options give the same rows.</remarks>
internal sealed record OffenderGeneratorOptions
{
    /// <summary>About the number of men a year the Met's V100 starts from (DOMAIN.md §4).</summary>
    public const int DefaultSuspectsPerYear = 35_000;

    /// <summary>The last day with records.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Years of records before <see cref="AsOf"/>, 1 to 10; default 2.</summary>
    public int Years { get; init; } = 2;

    /// <summary>
    /// Expected distinct suspects with an offence in any one year; default 35,000. The pool of offenders is drawn until
    /// the expected number active in a year reaches it.
    /// </summary>
    public int SuspectsPerYear { get; init; } = DefaultSuspectsPerYear;

    /// <summary>Multiplies every offender's offending rate (1 is realistic; the benchmark uses more to reach ten records a person).</summary>
    public double RateScale { get; init; } = 1;

    /// <summary>The seed; default <see cref="GeneratorOptions.DefaultSeed"/>.</summary>
    public int Seed { get; init; } = GeneratorOptions.DefaultSeed;

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Years, 1, nameof(Years));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Years, 10, nameof(Years));
        ArgumentOutOfRangeException.ThrowIfLessThan(SuspectsPerYear, 1, nameof(SuspectsPerYear));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SuspectsPerYear, 2_000_000, nameof(SuspectsPerYear));
        if (!double.IsFinite(RateScale) || RateScale <= 0 || RateScale > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(RateScale), RateScale, "between 0 and 100");
        }
    }
}
