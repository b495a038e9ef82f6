using Lantern.Core.Offenders;

namespace Lantern.Core.Tests.Offenders;

/// <summary>Management of Police Information retention by group (DOMAIN.md §7): 1 kept and reviewed every 10 years, 2 ten years clear, 3 six.</summary>
public sealed class RetentionPolicyTests
{
    private static readonly DateOnly s_latest = new(2016, 5, 10);

    [Theory]
    [InlineData(3, "2022-05-09", "2022-05-10", false, false)] // the day before six years clear: kept
    [InlineData(3, "2022-05-10", "2022-05-10", true, true)] // six years to the day: erased
    [InlineData(2, "2022-05-10", "2026-05-10", false, false)] // group 2 is not group 3: six years is not enough
    [InlineData(2, "2026-05-09", "2026-05-10", false, false)] // the day before ten years clear
    [InlineData(2, "2026-05-10", "2026-05-10", true, true)] // ten years to the day: erased
    [InlineData(1, "2026-05-10", "2026-05-10", true, false)] // group 1: reviewed at ten years, never erased automatically
    [InlineData(1, "2046-05-10", "2026-05-10", true, false)] // however long it has been
    public void Assess_DefaultPolicy_ByMopiGroup(int group, string today, string reviewDate, bool due, bool erase) =>
        Assert.Equal((DateOnly.Parse(reviewDate, System.Globalization.CultureInfo.InvariantCulture), due, erase),
            new RetentionPolicy().Assess(group, s_latest, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Assess_LeapDay_ClearPeriodEndsOnThe28th() =>
        Assert.Equal((new DateOnly(2030, 2, 28), true, true), new RetentionPolicy().Assess(3, new DateOnly(2024, 2, 29), new DateOnly(2030, 2, 28)));

    [Fact]
    public void Assess_ConfiguredPeriods_UsedAndRecordedInTheVersion()
    {
        var policy = new RetentionPolicy { Group1ReviewYears = 5, Group2Years = 12, Group3Years = 3 };
        Assert.Equal("mopi 1:review-5y 2:12y 3:3y", policy.Version);
        Assert.Equal("mopi 1:review-10y 2:10y 3:6y", new RetentionPolicy().Version);
        Assert.Equal(new DateOnly(2019, 5, 10), policy.Assess(3, s_latest, s_latest).ReviewDate);
        Assert.Equal(new DateOnly(2028, 5, 10), policy.Assess(2, s_latest, s_latest).ReviewDate);
        Assert.Equal(new DateOnly(2021, 5, 10), policy.Assess(1, s_latest, s_latest).ReviewDate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Assess_NotAMopiGroup_Throws(int group) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPolicy().Assess(group, s_latest, s_latest));
}
