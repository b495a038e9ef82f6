using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.StopSearch;

public sealed class VeilOfDarknessTests
{
    [Theory]
    [InlineData(-0.4, 20240601)] // the bias the test looks for: fewer Black people searched after dark
    [InlineData(0.0, 20240602)] // no effect: the interval must cover zero
    [InlineData(0.3, 20240603)] // the other direction, to show the sign is not built in
    public void Analyse_SimulatedWithKnownBeta_IntervalCoversIt(double trueBeta, int seed)
    {
        // 40,000 evening searches in and around London over 2022-2023, in four areas with their own share of Black people
        // and a share that drifts with the time of day; darkness (after civil dusk, computed) shifts the log-odds by trueBeta.
        var random = new Random(seed);
        double[] areaEffect = [0, 0.5, -0.3, 1.0];
        var searches = new List<VeilSearch>();
        for (int i = 0; i < 40_000; i++)
        {
            var day = new DateOnly(2022, 1, 1).AddDays(random.Next(730));
            double lat = 51.4 + (random.NextDouble() * 0.2), lon = -0.3 + (random.NextDouble() * 0.3);
            TimeSpan clock = TimeSpan.FromMinutes(16 * 60 + random.Next(6 * 60 + 30));
            DateTimeOffset at = FromUkClock(day, clock);
            int area = random.Next(4);
            bool dark = at > SolarTimes.CivilDusk(day, lat, lon)!.Value; // London always has a dusk
            double eta = -1 + areaEffect[area] + (0.3 * Math.Sin(clock.TotalHours)) + (dark ? trueBeta : 0);
            bool black = random.NextDouble() < 1 / (1 + Math.Exp(-eta));
            searches.Add(new VeilSearch(at, lat, lon, black ? EthnicGroup.Black : EthnicGroup.White, area));
        }

        VeilResult r = VeilOfDarkness.Analyse(searches, new VeilOptions());

        Assert.Null(r.NotFitted);
        Assert.True(r.Converged);
        Assert.InRange(trueBeta, r.Low!.Value, r.High!.Value);
        Assert.InRange(r.StandardError!.Value, 0.02, 0.1); // thousands of searches on each side of dusk
        Assert.Equal(4, r.AreasUsed);
        Assert.Equal(r.Read, r.Used + r.OutsideWindow + r.Twilight);
        Assert.Equal(r.BlackWhenDark.Of + r.BlackWhenLight.Of, r.Used);
        // London's window: civil dusk from about 16:33 GMT in December to about 22:10 BST in late June.
        Assert.InRange(r.WindowStart!.Value, new TimeOnly(16, 25), new TimeOnly(16, 40));
        Assert.InRange(r.WindowEnd!.Value, new TimeOnly(22, 0), new TimeOnly(22, 15));
        Assert.Equal(6, r.Knots.Count);
    }

    [Fact]
    public void Analyse_EachReasonToLeaveASearchOut_Counted()
    {
        var day = new DateOnly(2023, 12, 1); // London: sunset about 15:55 GMT, civil dusk about 16:35
        VeilSearch[] searches =
        [
            new(FromUkClock(day, new TimeSpan(17, 0, 0)), null, null, EthnicGroup.Black, 0), // no coordinates
            new(FromUkClock(day, new TimeSpan(17, 0, 0)), 51.5, -0.1, EthnicGroup.Unknown, 0), // ethnicity not recorded
            new(FromUkClock(day, new TimeSpan(17, 0, 0)), 51.5, -0.1, EthnicGroup.White, -1), // in no area
            new(FromUkClock(day, new TimeSpan(12, 0, 0)), 51.5, -0.1, EthnicGroup.White, 0), // midday: before the window
            new(FromUkClock(day, new TimeSpan(23, 0, 0)), 51.5, -0.1, EthnicGroup.White, 0), // after the window
            new(FromUkClock(day, new TimeSpan(16, 50, 0)), 51.5, -0.1, EthnicGroup.White, 0), // dark
            new(FromUkClock(day.AddDays(150), new TimeSpan(16, 50, 0)), 51.5, -0.1, EthnicGroup.Black, 0), // 30 April, BST: light
            new(FromUkClock(new DateOnly(2023, 9, 1), new TimeSpan(20, 0, 0)), 51.5, -0.1, EthnicGroup.White, 0), // 1 Sept: sunset 19:46 BST, twilight
        ];

        VeilResult r = VeilOfDarkness.Analyse(searches, new VeilOptions());

        Assert.Equal((8L, 1L, 1L, 1L, 2L, 1L), (r.Read, r.NoCoordinates, r.UnknownEthnicity, r.NoArea, r.OutsideWindow, r.Twilight));
        Assert.Equal((1L, 1L), (r.BlackWhenDark.Of, r.BlackWhenLight.Of));
        Assert.Null(r.Beta);
        Assert.Contains("too few searches", r.NotFitted, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_AreaWhereEveryoneSearchedIsWhite_LeftOutAndCounted()
    {
        var day = new DateOnly(2023, 12, 1);
        VeilSearch[] searches =
        [
            new(FromUkClock(day, new TimeSpan(17, 0, 0)), 51.5, -0.1, EthnicGroup.White, 3),
            new(FromUkClock(day.AddDays(150), new TimeSpan(17, 0, 0)), 51.5, -0.1, EthnicGroup.White, 3),
        ];

        VeilResult r = VeilOfDarkness.Analyse(searches, new VeilOptions());

        Assert.Equal((2L, 1, 0L), (r.AreaWithoutVariation, r.AreasWithoutVariation, r.Used));
    }

    // The instant of a UK clock time: GMT in winter, BST (UTC+1) in summer.
    private static DateTimeOffset FromUkClock(DateOnly day, TimeSpan clock)
    {
        var utc = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + clock;
        return UkTime.IsSummerTime(utc - TimeSpan.FromHours(1)) ? utc - TimeSpan.FromHours(1) : utc;
    }
}
