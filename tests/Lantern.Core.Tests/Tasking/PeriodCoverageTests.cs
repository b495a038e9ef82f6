using Lantern.Core.Tasking;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Tasking;

public class PeriodCoverageTests
{
    [Fact]
    public void ToString_RunsOfMissingMonths_AreRanges()
    {
        // A printed briefing listed "missing 2021-01, 2021-02, …, 2021-11", eleven months one by one.
        var present = new HashSet<YearMonth> { new(2024, 1), new(2024, 2), new(2024, 4), new(2024, 5), new(2024, 8), new(2024, 12) };

        var coverage = new PeriodCoverage(new YearMonth(2024, 1), new YearMonth(2024, 12), present);

        Assert.Equal("2024-01..2024-12 (6 of 12 months; missing 2024-03, 2024-06..2024-07, 2024-09..2024-11)", coverage.ToString());
        Assert.Equal(6, coverage.Missing.Count);
    }

    [Fact]
    public void ToString_NothingMissing_SaysOnlyTheCount() =>
        Assert.Equal("2024-01..2024-02 (2 of 2 months)",
            new PeriodCoverage(new YearMonth(2024, 1), new YearMonth(2024, 2), new HashSet<YearMonth> { new(2024, 1), new(2024, 2) }).ToString());
}
