using Lantern.Core.Geography;
using Lantern.Core.Tasking;

namespace Lantern.Core.Tests.Tasking;

public partial class TaskingAnalysisTests
{
    [Theory]
    [InlineData(18, 6, 3, 15)] // the usual: three visits in a six-hour evening peak
    [InlineData(22, 4, 2, 20)] // a window across midnight
    [InlineData(9, 1, 1, 10)] // one short visit in one hour
    public void VisitTimes_Window_StayInsideAndDoNotOverlap(int startHour, int hours, int visits, int minutes)
    {
        for (long seed = 0; seed < 200; seed++)
        {
            TimeOnly[] times = TaskingAnalysis.VisitTimes(seed, s_date, new CellId(2000, 1200), startHour, hours, visits, minutes);

            Assert.Equal(visits, times.Length);
            int previousEnd = -1;
            foreach (TimeOnly t in times)
            {
                int offset = ((t.Hour * 60) + t.Minute - (startHour * 60) + 1440) % 1440;
                Assert.InRange(offset, 0, (hours * 60) - minutes);
                Assert.True(offset >= previousEnd, "visits must not overlap");
                previousEnd = offset + minutes;
            }
        }
    }

    [Fact]
    public void VisitTimes_SameInputs_SameTimes()
    {
        TimeOnly[] a = TaskingAnalysis.VisitTimes(7, s_date, new CellId(1, 2), 18, 6, 3, 15);
        TimeOnly[] b = TaskingAnalysis.VisitTimes(7, s_date, new CellId(1, 2), 18, 6, 3, 15);
        TimeOnly[] nextDay = TaskingAnalysis.VisitTimes(7, s_date.AddDays(1), new CellId(1, 2), 18, 6, 3, 15);

        Assert.Equal(a, b);
        Assert.NotEqual(a, nextDay); // the date is mixed into the seed: times change every day
    }

    [Theory]
    [InlineData(1, "1st")] // "st" after a 1
    [InlineData(2, "2nd")] // "nd" after a 2
    [InlineData(3, "3rd")] // "rd" after a 3
    [InlineData(4, "4th")] // "th" for the rest
    [InlineData(11, "11th")] // the teens take "th", not "st"
    [InlineData(12, "12th")] // not "nd"
    [InlineData(13, "13th")] // not "rd"
    [InlineData(21, "21st")] // back to "st" after the teens
    [InlineData(111, "111th")] // the teens again in the hundreds
    [InlineData(1002, "1,002nd")] // thousands separator, invariant culture
    public void Ordinal_Number_HasTheEnglishSuffix(int n, string expected)
    {
        Assert.Equal(expected, TaskingAnalysis.Ordinal(n));
    }
}
