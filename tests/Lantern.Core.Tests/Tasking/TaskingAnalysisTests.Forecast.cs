using Lantern.Core.Crimes;
using Lantern.Core.Forecasting;
using Lantern.Core.Geography;
using Lantern.Core.Tasking;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Tasking;

public partial class TaskingAnalysisTests
{
    [Fact]
    public void Run_ForecastMethod_RanksCellsWithHarmByTheForecastNotByHarm()
    {
        CellId burglary = TaskingCrimes.Cell(10, 0), robbery = TaskingCrimes.Cell(20, 0), violence = TaskingCrimes.Cell(0, 0);
        CellId quiet = TaskingCrimes.Cell(30, 0);
        TaskingCrimes crimes = new TaskingCrimes()
            .Background(s_jan2023, 24, TaskingCrimes.Cell(40, 40))
            .Add(burglary, CrimeCategory.Burglary, new YearMonth(2024, 5), 10)
            .Add(robbery, CrimeCategory.Robbery, new YearMonth(2024, 5), 5)
            .Add(violence, CrimeCategory.ViolenceAndSexualOffences, new YearMonth(2024, 3), 4);
        var extent = new CellExtent(2000, 1200, 41, 41);
        // A forecast that puts violence first, robbery second, a cell with no harm in the look-back third and burglary last.
        double[] risk = new double[extent.CellCount];
        risk[extent.IndexOf(violence)] = 9;
        risk[extent.IndexOf(robbery)] = 5;
        risk[extent.IndexOf(quiet)] = 4;
        risk[extent.IndexOf(burglary)] = 1;
        var forecast = new RiskSurface(GridSpec.Default, extent, ForecastTarget.Month(YearMonth.Of(s_date)), "test", "by hand", risk, [], []);

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, seed: 1)
        {
            Method = TaskingMethod.Forecast,
            Forecast = forecast,
            StudyArea = extent,
            TopN = 3,
        });

        // The quiet cell has risk but no harm in the look-back: tasking ranks only cells with harm.
        Assert.Equal([violence, robbery, burglary], list.Places.Select(p => p.Cell));
        Assert.Contains("forecast risk 1st highest (test)", list.Places[0].Reason, StringComparison.Ordinal);
        Assert.Contains(list.Notes, n => n.StartsWith("Ranked by the test forecast for 2025-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ForecastMethodWithoutAForecastOnTheGrid_IsRefused()
    {
        CrimePoints crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(5, 5)).Build();
        var extent = new CellExtent(2000, 1200, 10, 10);
        var otherGrid = new RiskSurface(new GridSpec(100), extent, ForecastTarget.Month(YearMonth.Of(s_date)), "test", "", new double[100], [], []);

        Assert.Throws<ArgumentException>(() => TaskingAnalysis.Run(crimes, new TaskingOptions(s_date, seed: 1) { Method = TaskingMethod.Forecast }));
        Assert.Throws<ArgumentException>(() => TaskingAnalysis.Run(crimes, new TaskingOptions(s_date, seed: 1)
        {
            Method = TaskingMethod.Forecast,
            Forecast = otherGrid,
        }));
    }
}
