using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;
using Lantern.Data.Generation;

namespace Lantern.Data.Tests.Generation;

[Collection(MemoryMeasurement.Name)]
public sealed class SyntheticForceTests
{
    // Two years ending December 2024 at the default 5,000 events a month: about 120,000 events.
    private static readonly GeneratorOptions s_options = GeneratorOptions.EndingBefore(new YearMonth(2025, 1));
    private static readonly Lazy<SyntheticCrime[]> s_events = new(() => [.. SyntheticForce.Generate(s_options)]);

    [Fact]
    public void EndingBefore_TwentyFourMonthsBeforeTheReferenceMonth()
    {
        GeneratorOptions options = GeneratorOptions.EndingBefore(new YearMonth(2025, 3));
        Assert.Equal(new YearMonth(2023, 3), options.FirstMonth);
        Assert.Equal(new YearMonth(2025, 2), options.LastMonth);
        Assert.Equal(24 * GeneratorOptions.DefaultEventsPerMonth, options.TargetEvents);
        Assert.Equal(GeneratorOptions.DefaultSeed, options.Seed);
    }

    [Theory]
    [InlineData(0, 100, 10_000)] // no months
    [InlineData(12, 0, 10_000)] // no events
    [InlineData(12, 100, 500)] // a town too small to hold a centre and suburbs
    [InlineData(12, 200_000_000, 10_000)] // more events than a run may ask for
    public void Generate_OutOfRange_Throws(int months, long events, int side)
    {
        var options = new GeneratorOptions { FirstMonth = new YearMonth(2024, 1), Months = months, Events = events, AreaSideMetres = side };
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticForce.Generate(options));
    }

    [Fact]
    public void Generate_SameSeed_SameEvents()
    {
        GeneratorOptions small = s_options with { Months = 3, Events = 8_000 };
        SyntheticCrime[] a = [.. SyntheticForce.Generate(small)];
        SyntheticCrime[] b = [.. SyntheticForce.Generate(small)];
        Assert.Equal(a, b);
        SyntheticCrime[] other = [.. SyntheticForce.Generate(small with { Seed = 7 })];
        Assert.NotEqual(a.Take(100), other.Take(100));
    }

    [Fact]
    public void Generate_CountCloseToTarget()
    {
        Assert.InRange(s_events.Value.Length, s_options.TargetEvents * 0.97, s_options.TargetEvents * 1.03);
        GeneratorOptions small = s_options with { Months = 1, Events = 10_000 };
        Assert.InRange(SyntheticForce.Generate(small).Count(), 9_500, 10_500);
    }

    [Fact]
    public void Generate_AllFourteenCategoriesInRealisticProportions()
    {
        var counts = s_events.Value.GroupBy(e => e.Category).ToDictionary(g => g.Key, g => g.Count() / (double)s_events.Value.Length);
        Assert.Equal(CrimeCategories.Current.Order(), counts.Keys.Order());

        // Gwent 2024 street files: violence 37%, anti-social behaviour 16%, public order 11%; robbery and theft from the person under 1%.
        Assert.InRange(counts[CrimeCategory.ViolenceAndSexualOffences], 0.30, 0.40);
        Assert.InRange(counts[CrimeCategory.AntiSocialBehaviour], 0.12, 0.20);
        Assert.InRange(counts[CrimeCategory.PublicOrder], 0.07, 0.13);
        Assert.InRange(counts[CrimeCategory.Robbery], 0.003, 0.015);
        Assert.InRange(counts[CrimeCategory.TheftFromThePerson], 0.002, 0.012);
    }

    [Fact]
    public void Generate_CrimeConcentratesOnFewCells()
    {
        GridSpec grid = GridSpec.Default;
        int[] perCell = [.. s_events.Value.GroupBy(e => grid.CellOf(e.Easting, e.Northing)).Select(g => g.Count()).OrderDescending()];
        int top = (int)Math.Ceiling(perCell.Length * 0.05);
        double share = perCell.Take(top).Sum() / (double)s_events.Value.Length;
        Assert.True(share > 0.40, $"the top 5% of occupied 150 m cells hold {share:P1}");
    }

    [Fact]
    public void Generate_InsideTheTownAndGreatBritain()
    {
        var grid = new BritishNationalGrid();
        double half = s_options.AreaSideMetres / 2.0;
        foreach (SyntheticCrime e in s_events.Value)
        {
            Assert.InRange(e.Easting, SyntheticTown.CentreEasting - half, SyntheticTown.CentreEasting + half);
            Assert.InRange(e.Northing, SyntheticTown.CentreNorthing - half, SyntheticTown.CentreNorthing + half);
        }

        foreach (SyntheticCrime e in s_events.Value.Where((_, i) => i % 500 == 0))
        {
            (double lon, double lat) = grid.ToWgs84(new BngPoint(e.Easting, e.Northing));
            Assert.True(GreatBritain.Contains(lon, lat), $"{lon}, {lat}");
        }
    }

    [Fact]
    public void Generate_TimesConsistentWithMonthsAndOrdered()
    {
        DateTime previous = DateTime.MinValue;
        foreach (SyntheticCrime e in s_events.Value)
        {
            Assert.Equal(new YearMonth(e.From.Year, e.From.Month), e.Month);
            Assert.InRange(e.Month.Index, s_options.FirstMonth.Index, s_options.LastMonth.Index);
            Assert.True(e.To >= e.From);
            Assert.True(e.To - e.From <= TimeSpan.FromHours(34));
            Assert.Equal(0, e.From.Second);
            Assert.True(e.From >= previous, "the stream is in time order");
            previous = e.From;
        }

        // Some windows span hours (burglaries found in the morning), most are exact or short.
        double longWindows = s_events.Value.Count(e => e.To - e.From >= TimeSpan.FromHours(4)) / (double)s_events.Value.Length;
        Assert.InRange(longWindows, 0.03, 0.25);
        Assert.Contains(s_events.Value, e => e.Category == CrimeCategory.Burglary && e.From.Hour >= 18 && e.To.Hour is >= 6 and < 10);
    }

    [Fact]
    public void Generate_NoTimeInTheSpringForwardGap()
    {
        Assert.DoesNotContain(s_events.Value, e =>
            (e.From.Month == 3 && e.From.DayOfWeek == DayOfWeek.Sunday && e.From.Day >= 25 && e.From.Hour == 1)
            || (e.To.Month == 3 && e.To.DayOfWeek == DayOfWeek.Sunday && e.To.Day >= 25 && e.To.Hour == 1));
    }

    [Fact]
    public void Generate_ViolencePeaksOnWeekendNightsAndInSummer()
    {
        SyntheticCrime[] violence = [.. s_events.Value.Where(e => e.Category == CrimeCategory.ViolenceAndSexualOffences)];

        // Small hours (00:00-03:59) of Saturday and Sunday, per day, against those of Tuesday to Thursday.
        double weekend = violence.Count(e => e.From.Hour < 4 && e.From.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) / 2.0;
        double midweek = violence.Count(e =>
            e.From.Hour < 4 && e.From.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Thursday) / 3.0;
        Assert.True(weekend > 2 * midweek, $"weekend nights {weekend}, midweek nights {midweek}");

        // June-August against December-February, per day.
        double summer = violence.Count(e => e.From.Month is 6 or 7 or 8) / 92.0;
        double winter = violence.Count(e => e.From.Month is 12 or 1 or 2) / 90.25;
        Assert.True(summer > 1.1 * winter, $"summer {summer:F1} a day, winter {winter:F1}");
    }

    [Fact]
    public void Generate_NearRepeats_MorePairsThanWithShuffledDates()
    {
        // A Knox-style check: burglary pairs within 200 m and 14 days, against the same events with dates shuffled.
        SyntheticCrime[] burglary = [.. s_events.Value.Where(e => e.Category == CrimeCategory.Burglary)];
        double[] days = [.. burglary.Select(e => e.From.Ticks / (double)TimeSpan.TicksPerDay)];
        long observed = CloseInSpaceAndTime(burglary, days);
        var random = new Random(1);
        long shuffledTotal = 0;
        for (int run = 0; run < 3; run++)
        {
            double[] shuffled = (double[])days.Clone();
            random.Shuffle(shuffled);
            shuffledTotal += CloseInSpaceAndTime(burglary, shuffled);
        }

        double expected = shuffledTotal / 3.0;
        Assert.True(observed > 1.15 * expected, $"observed {observed} pairs, {expected:F0} with dates shuffled");
    }

    [Fact]
    public void Generate_StreamsInFlatMemory()
    {
        GeneratorOptions big = s_options with { Events = 600_000 };
        long count = 0;
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        foreach (SyntheticCrime e in SyntheticForce.Generate(big))
        {
            if (++count % 100_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        Assert.True(count > 500_000);
        Assert.True(peak < 40_000_000, $"live memory grew by {peak:N0} bytes");
    }

    private static long CloseInSpaceAndTime(SyntheticCrime[] events, double[] days)
    {
        int[] order = [.. Enumerable.Range(0, events.Length).OrderBy(i => days[i])];
        long pairs = 0;
        for (int a = 0; a < order.Length; a++)
        {
            for (int b = a + 1; b < order.Length && days[order[b]] - days[order[a]] <= 14; b++)
            {
                double dx = events[order[a]].Easting - events[order[b]].Easting;
                double dy = events[order[a]].Northing - events[order[b]].Northing;
                if ((dx * dx) + (dy * dy) <= 200 * 200)
                {
                    pairs++;
                }
            }
        }

        return pairs;
    }
}
