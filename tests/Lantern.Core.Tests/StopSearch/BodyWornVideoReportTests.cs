using Lantern.Core.StopSearch;

namespace Lantern.Core.Tests.StopSearch;

public sealed class BodyWornVideoReportTests
{
    [Fact]
    public void Build_SharesOfThoseThatSayAndReasonsCountedIgnoringCase()
    {
        var report = new BodyWornVideoReport();
        report.Add("A", true, null);
        report.Add("A", false, "Battery flat");
        report.Add("A", false, " battery FLAT ");
        report.Add("A", null, null); // does not say: not in the share
        report.Add("B", false, "");
        report.Add(null, true, null);

        (BodyWornVideoGroup total, IReadOnlyList<BodyWornVideoGroup> groups) = report.Build();

        Assert.Equal((6L, 2L, 5L, 1L), (total.Searches, total.Recorded.Events, total.Recorded.Of, total.NotSaid));
        Assert.Equal(["A", "(none)", "B"], groups.Select(g => g.Name));
        Assert.Equal([new KeyValuePair<string, long>("Battery flat", 2)], groups[0].Reasons);
        Assert.Equal(BodyWornVideoReport.NoReason, Assert.Single(groups[2].Reasons).Key);
        Assert.Equal(1.0 / 3, groups[0].Recorded.Value!.Value, 12);
    }
}
