using Lantern.Core.Harm;

namespace Lantern.Core.Offenders;

/// <summary>
/// How people are scored (the Met's V100 harm method, DOMAIN.md §4): the window ending on <see cref="AsOf"/>, the offence
/// set, the weights, the optional recency decay, and the RFGV bands. Every value is recorded with the scores.
/// </summary>
public sealed record HarmScoringOptions
{
    /// <summary>The default window: 365 days.</summary>
    public const int DefaultWindowDays = 365;

    /// <summary>The last day of the window (inclusive). Records after it are not counted.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Length of the rolling window in days, 1 to 3,650; default 365. The window is (AsOf − days, AsOf].</summary>
    public int WindowDays { get; init; } = DefaultWindowDays;

    /// <summary>The offences counted; default <see cref="OffenceSet.Default"/>.</summary>
    public OffenceSet Offences { get; init; } = OffenceSet.Default;

    /// <summary>The groups that codes fall in; default <see cref="OffenceGroupTable.Default"/>.</summary>
    public OffenceGroupTable Groups { get; init; } = OffenceGroupTable.Default;

    /// <summary>Harm weights by offence code; default <see cref="HarmTable.ByOffenceCode"/> (CCHI days).</summary>
    public HarmTable Weights { get; init; } = HarmTable.ByOffenceCode;

    /// <summary>The RFGV points bands; default <see cref="RfgBands.Default"/>.</summary>
    public RfgBands Bands { get; init; } = RfgBands.Default;

    /// <summary>
    /// Half-life of the recency decay in days: an offence this many days old counts half. Null (the default) for none:
    /// every offence in the window counts in full, as the Met's published method does.
    /// </summary>
    public double? HalfLifeDays { get; init; }

    /// <summary>The first day of the window (inclusive).</summary>
    public DateOnly WindowStart => AsOf.AddDays(1 - WindowDays);

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Window or half-life out of range.</exception>
    /// <exception cref="ArgumentNullException">A table is null.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(WindowDays, 1, nameof(WindowDays));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(WindowDays, 3650, nameof(WindowDays));
        ArgumentNullException.ThrowIfNull(Offences);
        ArgumentNullException.ThrowIfNull(Groups);
        ArgumentNullException.ThrowIfNull(Weights);
        ArgumentNullException.ThrowIfNull(Bands);
        if (HalfLifeDays is { } h && (!double.IsFinite(h) || h <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(HalfLifeDays), h, "The half-life must be a positive number of days.");
        }
    }
}
