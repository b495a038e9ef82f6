using Lantern.Core.Tasking;

namespace Lantern.Core.Tests.Tasking;

public class HourProfileTests
{
    [Fact]
    public void Add_WindowAcrossHours_SpreadsInProportionToTime()
    {
        double[] profile = new double[24];
        var from = new DateTime(2024, 6, 1, 20, 30, 0);

        HourProfile.Add(profile, [], from.Ticks, from.AddHours(2).Ticks); // 20:30-22:30

        Assert.Equal(0.25, profile[20], 12);
        Assert.Equal(0.5, profile[21], 12);
        Assert.Equal(0.25, profile[22], 12);
        Assert.Equal(1, profile.Sum(), 12);
    }

    [Fact]
    public void Add_WindowAcrossMidnight_WrapsToTheEarlyHours()
    {
        double[] profile = new double[24];
        var from = new DateTime(2024, 6, 1, 22, 45, 0);

        HourProfile.Add(profile, [], from.Ticks, from.AddHours(3).Ticks); // 22:45-01:45

        Assert.Equal(0.25 / 3, profile[22], 12);
        Assert.Equal(1.0 / 3, profile[23], 12);
        Assert.Equal(1.0 / 3, profile[0], 12);
        Assert.Equal(0.75 / 3, profile[1], 12);
        Assert.Equal(1, profile.Sum(), 12);
    }

    [Fact]
    public void Add_TwoProfiles_EachGetsExactlyWhatItWouldAlone()
    {
        var random = new Random(5);
        double[] alone = new double[24], first = new double[24], second = new double[24];
        second[3] = 7; // a profile already holding other crimes
        double[] secondAlone = [.. second];
        for (int i = 0; i < 2000; i++)
        {
            long from = new DateTime(2024, 1, 1).Ticks + (random.NextInt64(365 * 24 * 60) * TimeSpan.TicksPerMinute);
            long to = from + (i % 4 == 0 ? 0 : random.NextInt64(4 * 24 * 60) * TimeSpan.TicksPerMinute); // exact times, hours, days
            HourProfile.Add(alone, [], from, to);
            HourProfile.Add(secondAlone, [], from, to);
            HourProfile.Add(first, second, from, to);
        }

        Assert.Equal(alone, first); // bit for bit: the same weights added in the same order
        Assert.Equal(secondAlone, second);
        Assert.Equal(2000, alone.Sum(), 9);
    }

    [Fact]
    public void Add_ExactTime_PutsAllWeightInItsHour()
    {
        double[] profile = new double[24];
        long t = new DateTime(2024, 6, 1, 23, 59, 0).Ticks;

        HourProfile.Add(profile, [], t, t);

        Assert.Equal(1, profile[23]);
    }

    [Fact]
    public void Add_MoreThanADay_SpreadsWholeDaysEvenly()
    {
        double[] profile = new double[24];
        var from = new DateTime(2024, 6, 1, 22, 0, 0);

        HourProfile.Add(profile, [], from.Ticks, from.AddHours(26).Ticks); // a day and 22:00-00:00

        Assert.Equal(2.0 / 26, profile[22], 12); // one hour from the whole day, one from the remainder
        Assert.Equal(1.0 / 26, profile[5], 12);
        Assert.Equal(1, profile.Sum(), 12);
    }

    [Theory]
    [InlineData(0.5, 22, 2)] // 22:00-00:00 and 23:00-01:00 both hold 60%: the earlier start wins the tie
    [InlineData(0.75, 22, 3)] // adding 00:00 (past midnight) reaches 80%
    [InlineData(0.9, 21, 4)] // 21:00-01:00 holds exactly 90%: a share met exactly is not lost to rounding
    public void PeakWindow_NightProfile_FindsTheShortestRun(double share, int start, int hours)
    {
        double[] profile = new double[24];
        profile[21] = 1;
        profile[22] = 2;
        profile[23] = 4;
        profile[0] = 2;
        profile[1] = 1;

        (int s, int h, double _) = HourProfile.PeakWindow(profile, share);

        Assert.Equal((start, hours), (s, h));
    }

    [Fact]
    public void Widen_NarrowPeak_GrowsOnTheHeavierSide()
    {
        double[] profile = new double[24];
        profile[20] = 1;
        profile[21] = 5;
        profile[22] = 2;

        (int start, int hours, double share) = HourProfile.Widen(profile, 21, 1, 3);

        Assert.Equal((20, 3), (start, hours)); // 22:00 (2) first, then 20:00 (1) beats 23:00 (0)
        Assert.Equal(1, share, 12);
    }
}
