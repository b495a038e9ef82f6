using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>What to generate: which months, how many events, which seed, how big a town.</summary>
/// <remarks>
/// There is no "now" here (STYLE rule 13): the caller says which month the data should end before, usually the
/// current month from its <see cref="TimeProvider"/>. The same options always give the same events.
/// </remarks>
internal sealed record GeneratorOptions
{
    /// <summary>The default seed (1 June 2024, Lantern's first demo).</summary>
    public const int DefaultSeed = 20240601;

    /// <summary>The default number of months.</summary>
    public const int DefaultMonths = 24;

    /// <summary>The default number of events a month when <see cref="Events"/> is not given.</summary>
    public const int DefaultEventsPerMonth = 5_000;

    /// <summary>The default side of the square force area, metres.</summary>
    public const int DefaultAreaSideMetres = 10_000;

    /// <summary>The most events one run may ask for.</summary>
    public const long MaxEvents = 100_000_000;

    /// <summary>The first month generated.</summary>
    public required YearMonth FirstMonth { get; init; }

    /// <summary>Number of months, 1 to 600; default 24.</summary>
    public int Months { get; init; } = DefaultMonths;

    /// <summary>The seed; default <see cref="DefaultSeed"/>.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>
    /// The expected number of events over all months (1 to <see cref="MaxEvents"/>); null for
    /// <see cref="DefaultEventsPerMonth"/> a month. The count is a target, not exact: it is the mean of a random
    /// process, so a run lands within about 1% of it from 100,000 events up, a few per cent below that.
    /// </summary>
    public long? Events { get; init; }

    /// <summary>Side of the square force area in metres, 3,000 to 100,000; default 10,000.</summary>
    public int AreaSideMetres { get; init; } = DefaultAreaSideMetres;

    /// <summary>The expected number of events.</summary>
    public long TargetEvents => Events ?? ((long)DefaultEventsPerMonth * Months);

    /// <summary>The last month generated.</summary>
    public YearMonth LastMonth => FirstMonth.PlusMonths(Months - 1);

    /// <summary>Options for the <paramref name="months"/> months ending the month before <paramref name="referenceMonth"/>.</summary>
    /// <param name="referenceMonth">Usually the current month: the data stops the month before, as data.police.uk does.</param>
    /// <param name="months">Number of months.</param>
    /// <returns>The options, with every other value at its default.</returns>
    public static GeneratorOptions EndingBefore(YearMonth referenceMonth, int months = DefaultMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        return new GeneratorOptions { FirstMonth = referenceMonth.PlusMonths(-months), Months = months };
    }

    /// <summary>Throws when a value is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Months, events or area size out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Months, 1, nameof(Months));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Months, 600, nameof(Months));
        ArgumentOutOfRangeException.ThrowIfLessThan(TargetEvents, 1, nameof(Events));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(TargetEvents, MaxEvents, nameof(Events));
        ArgumentOutOfRangeException.ThrowIfLessThan(AreaSideMetres, 3_000, nameof(AreaSideMetres));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(AreaSideMetres, 100_000, nameof(AreaSideMetres));
        if (FirstMonth.Year < 1901 || LastMonth.Year > 2998)
        {
            throw new ArgumentOutOfRangeException(nameof(FirstMonth), "Months must lie between 1901 and 2998.");
        }
    }
}
