using Lantern.Core.Tasking;

namespace Lantern.Core.Tests.Tasking;

/// <summary>The tasking defaults of DOMAIN.md §2 (Southend, Peterborough, Grip; Koper 1995).</summary>
public sealed class TaskingOptionsTests
{
    [Fact]
    public void Defaults_AreTheTypicalTasking()
    {
        var options = new TaskingOptions(new DateOnly(2025, 1, 15), seed: 1);
        Assert.Equal(150, options.Grid.CellSize); // 150 m × 150 m cells
        Assert.Equal(20, options.TopN); // 20 hot spots
        Assert.Equal(15, options.VisitMinutes); // visits of 15 minutes
    }

    [Theory]
    [InlineData(9, false)] // under Koper's 10 minutes
    [InlineData(10, true)] // about 10 needed
    [InlineData(20, true)] // the top of the 10-20 range
    [InlineData(21, false)]
    public void VisitMinutes_10To20(int minutes, bool allowed)
    {
        TaskingOptions Make() => new(new DateOnly(2025, 1, 15), seed: 1) { VisitMinutes = minutes };
        if (allowed)
        {
            Assert.Equal(minutes, Make().VisitMinutes);
        }
        else
        {
            Assert.Throws<ArgumentOutOfRangeException>(Make);
        }
    }
}
