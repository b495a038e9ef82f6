using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Tasking;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Tasking;

public partial class TaskingAnalysisTests
{
    private static readonly DateOnly s_date = new(2025, 1, 15);
    private static readonly YearMonth s_jan2024 = new(2024, 1);
    private static readonly YearMonth s_jan2023 = new(2023, 1);

    [Fact]
    public void Run_ExampleFromTheBrief_ExplainsLikeASergeantWould()
    {
        CellId a = TaskingCrimes.Cell(0, 0);
        TaskingCrimes crimes = new TaskingCrimes()
            .Background(s_jan2023, 24, TaskingCrimes.Cell(40, 40))
            .Add(a, CrimeCategory.ViolenceAndSexualOffences, new YearMonth(2024, 3), 4)
            .Add(a, CrimeCategory.Robbery, new YearMonth(2024, 5), 2)
            .Add(a, CrimeCategory.Robbery, new YearMonth(2023, 5), 1)
            .Add(TaskingCrimes.Cell(10, 0), CrimeCategory.Burglary, new YearMonth(2024, 5), 10)
            .Add(TaskingCrimes.Cell(20, 0), CrimeCategory.Robbery, new YearMonth(2024, 5), 5);

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, seed: 1));

        Assert.Equal(s_jan2024, list.LookBack!.First);
        Assert.Equal(new YearMonth(2024, 12), list.LookBack.Last);
        Assert.Equal(s_jan2023, list.Previous!.First);
        TaskingPlace place = list.Places.Single(p => p.Cell == a);
        Assert.Equal(3, place.Rank); // 2,200 (burglary) and 1,825 (robbery) come first
        Assert.Equal(1530, place.Harm);
        Assert.Equal(
            "4 violence and 2 robbery in the last 12 months; harm 1,530 days, 3rd highest; significant cluster; no clear change (+500%)",
            place.Reason);
        Assert.Equal(CrimeCategory.ViolenceAndSexualOffences, place.ByCategory[0].Category);
        Assert.Equal(PlaceSource.Ranked, place.Source);
    }

    [Fact]
    public void Run_MonthOnlyData_LeavesTimesToLocalKnowledge()
    {
        TaskingCrimes crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(5, 5));
        for (int i = 0; i < 30; i++)
        {
            crimes.Add(TaskingCrimes.Cell(i % 6, i / 6), CrimeCategory.ViolenceAndSexualOffences, s_jan2024.PlusMonths(i % 12), 1 + (i % 4));
        }

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, seed: 99));

        Assert.NotEmpty(list.Places);
        Assert.All(list.Places, p =>
        {
            Assert.Empty(p.Plan.VisitTimes);
            Assert.Equal(PeakHoursSource.None, p.Plan.Source);
            Assert.Null(p.Plan.PeakStart);
            Assert.EndsWith("no times in the data: choose times from local knowledge", p.Plan.Advice, StringComparison.Ordinal);
            Assert.InRange(p.Plan.VisitsPerDay, 1, 3);
        });
        Assert.Contains(list.Notes, n => n.Contains("local knowledge", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_TimedCrimesAtNight_DrawsVisitsInsideThePeakDeterministically()
    {
        CellId a = TaskingCrimes.Cell(0, 0);
        var crimes = new TaskingCrimes();
        for (int d = 0; d < 20; d++)
        {
            var from = new DateTime(2024, 6, 1 + d, 21, 0, 0);
            crimes.AddTimed(a, CrimeCategory.ViolenceAndSexualOffences, from, from.AddMinutes(90)); // 21:00-22:30
        }

        CrimePoints points = crimes.Build();
        var options = new TaskingOptions(s_date, seed: 42) { MonthsPresent = Months(s_jan2023, 24) };

        TaskingList first = TaskingAnalysis.Run(points, options);
        TaskingList again = TaskingAnalysis.Run(points, options);
        TaskingList otherSeed = TaskingAnalysis.Run(points, new TaskingOptions(s_date, seed: 43) { MonthsPresent = Months(s_jan2023, 24) });

        PatrolPlan plan = Assert.Single(first.Places).Plan;
        Assert.Equal(PeakHoursSource.Place, plan.Source);
        // 21:00-22:00 holds 2/3 of each crime's 90 minutes, over the 50% asked for; three visits of 15 minutes need a
        // window of at least 90 minutes to stay unpredictable, so it widens by the heavier side, 22:00-23:00.
        Assert.Equal(new TimeOnly(21, 0), plan.PeakStart);
        Assert.Equal(2, plan.PeakHours);
        Assert.Equal(1.0, plan.PeakShare, 12);
        Assert.Equal(3, plan.VisitsPerDay); // the only ranked place is in the top third
        Assert.All(plan.VisitTimes, t => Assert.InRange(t, new TimeOnly(21, 0), new TimeOnly(22, 45)));
        for (int i = 1; i < plan.VisitTimes.Count; i++)
        {
            Assert.True(plan.VisitTimes[i] - plan.VisitTimes[i - 1] >= TimeSpan.FromMinutes(15), "visits must not overlap");
        }

        Assert.Equal(plan.VisitTimes, again.Places[0].Plan.VisitTimes);
        Assert.NotEqual(plan.VisitTimes, otherSeed.Places[0].Plan.VisitTimes);
        Assert.Equal(20, first.TimedCrimesUsed);
    }

    [Fact]
    public void Run_ExclusionMask_LeavesExcludedCellsOut()
    {
        CellId prison = TaskingCrimes.Cell(0, 0);
        TaskingCrimes crimes = new TaskingCrimes()
            .Background(s_jan2024, 12, TaskingCrimes.Cell(9, 9))
            .Add(prison, CrimeCategory.ViolenceAndSexualOffences, s_jan2024, 20)
            .Add(TaskingCrimes.Cell(3, 0), CrimeCategory.Robbery, s_jan2024, 1);

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, 1) { IsExcluded = c => c == prison });

        Assert.DoesNotContain(list.Places, p => p.Cell == prison);
        Assert.Equal(1, list.ExcludedCells);
        Assert.Equal(1, list.Places[0].HarmRank); // the robbery cell is the highest patrollable place
    }

    [Fact]
    public void Run_GiStarMethod_RanksOnlyHotSpots_LeavingALoneHighHarmCellOff()
    {
        // A block of violent cells (a cluster), one more violent cell alone far from it, and light background everywhere.
        var crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(30, 30));
        for (int x = 0; x < 40; x += 2)
        {
            for (int y = 0; y < 40; y += 2)
            {
                crimes.Add(TaskingCrimes.Cell(x, y), CrimeCategory.Shoplifting, s_jan2024);
            }
        }

        for (int x = 0; x < 3; x++)
        {
            for (int y = 0; y < 3; y++)
            {
                crimes.Add(TaskingCrimes.Cell(x, y), CrimeCategory.ViolenceAndSexualOffences, s_jan2024, 6);
            }
        }

        CellId lone = TaskingCrimes.Cell(25, 25);
        crimes.Add(lone, CrimeCategory.ViolenceAndSexualOffences, s_jan2024, 9);
        CrimePoints points = crimes.Build();

        TaskingList byCount = TaskingAnalysis.Run(points, new TaskingOptions(s_date, 1) { TopN = 10 });
        TaskingList hotSpots = TaskingAnalysis.Run(points, new TaskingOptions(s_date, 1) { TopN = 10, Method = TaskingMethod.GiStarHotSpots });

        Assert.Equal(lone, byCount.Places[0].Cell); // the most harmful single cell
        Assert.False(byCount.Places[0].GiStar!.Value.IsHotSpot);
        Assert.DoesNotContain(hotSpots.Places, p => p.Cell == lone);
        Assert.NotEmpty(hotSpots.Places);
        Assert.All(hotSpots.Places, p => Assert.True(p.GiStar!.Value.IsHotSpot, $"{p.Cell} is on the list but not a hot spot"));
        Assert.All(hotSpots.Places, p => Assert.InRange(p.Cell.Column - 2000, 0, 4));
        Assert.Equal(Enumerable.Range(1, hotSpots.Places.Count), hotSpots.Places.Select(p => p.HarmRank));
        Assert.Contains(hotSpots.Notes, n => n.StartsWith("Only Gi* hot spots are ranked", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_AnalystAdjustments_AreAppliedAndReported()
    {
        CellId top = TaskingCrimes.Cell(0, 0), second = TaskingCrimes.Cell(5, 0), third = TaskingCrimes.Cell(10, 0);
        CellId quiet = TaskingCrimes.Cell(30, 30);
        TaskingCrimes crimes = new TaskingCrimes()
            .Background(s_jan2024, 12, TaskingCrimes.Cell(20, 20))
            .Add(top, CrimeCategory.Robbery, s_jan2024, 5)
            .Add(second, CrimeCategory.Robbery, s_jan2024, 4)
            .Add(third, CrimeCategory.Robbery, s_jan2024, 3);
        var options = new TaskingOptions(s_date, 1)
        {
            TopN = 2,
            Adjustments =
            [
                new AnalystAdjustment(top, AdjustmentKind.Suppress, "Offender remanded; problem dealt with"),
                new AnalystAdjustment(quiet, AdjustmentKind.Add, "Community concern about a new drug line"),
                new AnalystAdjustment(second, AdjustmentKind.Add, "Already known"),
            ],
        };

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), options);

        Assert.Equal([second, third, quiet], list.Places.Select(p => p.Cell));
        Assert.Equal([1, 2, 3], list.Places.Select(p => p.Rank));
        Assert.Equal(2, list.Places[0].HarmRank); // a suppressed place still counts when ranking harm
        TaskingPlace added = list.Places[2];
        Assert.Equal(PlaceSource.AddedByAnalyst, added.Source);
        Assert.StartsWith("added by analyst: Community concern about a new drug line; no crimes with harm", added.Reason, StringComparison.Ordinal);
        Assert.Equal(1, added.Plan.VisitsPerDay);
        Assert.Equal([true, true, false], list.Adjustments.Select(o => o.Applied));
        Assert.Contains("rank 1", list.Adjustments[2].Effect, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PlaceAddedOutsideTheStudyArea_StillCountsItsCrimes()
    {
        // The study area covers the first row of cells only: the added place's crimes are left out of the ranking but are
        // still the crimes behind it (placed by their coordinates, not by the aggregation's cells).
        CellId hot = TaskingCrimes.Cell(0, 0), added = TaskingCrimes.Cell(30, 30);
        TaskingCrimes crimes = new TaskingCrimes()
            .Background(s_jan2024, 12, TaskingCrimes.Cell(5, 0))
            .Add(hot, CrimeCategory.Robbery, s_jan2024, 5)
            .Add(added, CrimeCategory.Robbery, new YearMonth(2024, 6), 2)
            .Add(added, CrimeCategory.PublicOrder, new YearMonth(2024, 7), 1)
            .Add(added, CrimeCategory.Robbery, new YearMonth(2023, 6), 4);
        var options = new TaskingOptions(s_date, 1)
        {
            TopN = 1,
            StudyArea = new CellExtent(hot.Column, hot.Row, 10, 1),
            Adjustments = [new AnalystAdjustment(added, AdjustmentKind.Add, "Outside the usual area")],
        };

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), options);

        TaskingPlace place = Assert.Single(list.Places, p => p.Cell == added);
        Assert.Equal(3, place.Crimes);
        Assert.Equal([(CrimeCategory.Robbery, 2), (CrimeCategory.PublicOrder, 1)], place.ByCategory.Select(c => (c.Category, c.Crimes)));
        Assert.Equal((4, 3), (place.Trend.Previous, place.Trend.Current));
    }

    [Fact]
    public void Run_TopNPerArea_TakesTheTopOfEachArea()
    {
        TaskingCrimes crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(0, 9));
        for (int i = 0; i < 6; i++)
        {
            crimes.Add(TaskingCrimes.Cell(i, 0), CrimeCategory.Robbery, s_jan2024, 1 + i);
        }

        var options = new TaskingOptions(s_date, 1)
        {
            TopN = 1,
            TopNPerArea = true,
            AreaOf = c => c.Row != 1200 ? null : c.Column < 2003 ? "W01" : "W02",
        };

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), options);

        Assert.Equal(["W01", "W02"], list.Places.Select(p => p.AreaCode));
        Assert.Equal([TaskingCrimes.Cell(2, 0), TaskingCrimes.Cell(5, 0)], list.Places.Select(p => p.Cell));
        Assert.Equal(1, list.CellsWithoutArea); // the background cell
        Assert.Contains("1st highest in W02", list.Places[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TopNPerArea_NoCellInAnyArea_SaysWhyTheListIsEmpty()
    {
        // Gwent's crimes with only London's boroughs imported: every cell with harm lies in no area.
        TaskingCrimes crimes = new TaskingCrimes().Add(TaskingCrimes.Cell(0, 0), CrimeCategory.Robbery, s_jan2024, 3);
        var options = new TaskingOptions(s_date, 1) { TopNPerArea = true, AreaOf = _ => null };

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), options);

        Assert.Empty(list.Places);
        Assert.Equal(1, list.CellsWithoutArea);
        Assert.Contains(list.Notes, n => n.StartsWith("1 cells with harm lie in no area of the list's level", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_LookBackEnd_SkipsTheMonthNotYetEnded()
    {
        TaskingCrimes crimes = new TaskingCrimes()
            .Add(TaskingCrimes.Cell(0, 0), CrimeCategory.Robbery, new YearMonth(2025, 1), 10)
            .Add(TaskingCrimes.Cell(5, 0), CrimeCategory.Robbery, new YearMonth(2024, 11), 1);

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, 1));

        Assert.Equal(new YearMonth(2024, 11), list.LookBack!.Last); // January 2025 has not ended on the 15th
        Assert.Equal([TaskingCrimes.Cell(5, 0)], list.Places.Select(p => p.Cell));
        Assert.Contains(list.AutomaticChoices, c => c.Parameter == "LookBackEnd" && c.Value == "2024-11");
        Assert.Equal(11, list.LookBack.Missing.Count); // only 2024-11 holds a crime
    }

    [Fact]
    public void Run_LookBackEndNotEnded_Throws()
    {
        var options = new TaskingOptions(s_date, 1) { LookBackEnd = new YearMonth(2025, 1) };

        Assert.Throws<ArgumentException>(() => TaskingAnalysis.Run(CrimePoints.Empty, options));
    }

    [Fact]
    public void Run_NoData_ReturnsAnEmptyListWithANote()
    {
        TaskingList list = TaskingAnalysis.Run(CrimePoints.Empty, new TaskingOptions(s_date, 1));

        Assert.Empty(list.Places);
        Assert.Single(list.Notes);
    }

    [Fact]
    public void Run_VisitsPerDay_ThirdsStayThirdsWhenPlacesTie()
    {
        // One place of harm 6, then eight of harm 2: by harm thresholds every tied place got 3 visits (27 in all where the
        // rule plans 3 × 3 + 3 × 2 + 3 × 1 = 18). Tied places are split by rank; an added place of the tied harm gets 3.
        TaskingCrimes crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(0, 20));
        crimes.Add(TaskingCrimes.Cell(0, 0), CrimeCategory.Robbery, s_jan2024, 6);
        for (int i = 1; i < 10; i++)
        {
            crimes.Add(TaskingCrimes.Cell(i * 4, 0), CrimeCategory.Robbery, s_jan2024, 2);
        }

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, 1)
        {
            TopN = 9,
            Adjustments = [new AnalystAdjustment(TaskingCrimes.Cell(36, 0), AdjustmentKind.Add, "known for fights at closing time")],
        });

        Assert.Equal([3, 3, 3, 2, 2, 2, 1, 1, 1, 3], list.Places.Select(p => p.Plan.VisitsPerDay));
        Assert.Contains(list.AutomaticChoices, c => c.Parameter == "VisitsPerDay"
            && c.Value == "3 for the 3 places of most harm (harm ≥ 730), 2 for the next 3 (≥ 730), 1 for the other 3"); // two robberies, 365 days each
    }

    [Fact]
    public void Run_VisitsPerDay_FollowThirdsOfHarm()
    {
        TaskingCrimes crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(0, 20));
        for (int i = 0; i < 6; i++)
        {
            crimes.Add(TaskingCrimes.Cell(i * 4, 0), CrimeCategory.Robbery, s_jan2024, 6 - i);
        }

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), new TaskingOptions(s_date, 1) { TopN = 6 });

        Assert.Equal([3, 3, 2, 2, 1, 1], list.Places.Select(p => p.Plan.VisitsPerDay));
    }

    [Fact]
    public void Run_FewTimedCrimesAtThePlace_TakesPeakHoursFromItsArea()
    {
        // The top place has 3 timed crimes (fewer than 10); its area has 3 + 12 = 15, all between 02:00 and 03:00.
        CellId top = TaskingCrimes.Cell(0, 0), neighbour = TaskingCrimes.Cell(8, 0);
        var crimes = new TaskingCrimes();
        for (int d = 0; d < 15; d++)
        {
            var at = new DateTime(2024, 6, 1 + d, 2, 30, 0);
            crimes.AddTimed(d < 3 ? top : neighbour, d < 3 ? CrimeCategory.Robbery : CrimeCategory.PublicOrder, at, at);
        }

        var options = new TaskingOptions(s_date, 3) { TopN = 1, AreaOf = _ => "W05000001", MonthsPresent = Months(s_jan2023, 24) };

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), options);

        PatrolPlan plan = Assert.Single(list.Places).Plan;
        Assert.Equal(PeakHoursSource.Area, plan.Source);
        Assert.Equal(15, plan.TimedCrimes);
        Assert.Contains("in W05000001", plan.Advice, StringComparison.Ordinal);
        Assert.All(plan.VisitTimes, t => Assert.InRange(t.Hour, 2, 3)); // 02:00-03:00 widened to 02:00-04:00 for 3 visits
    }

    [Fact]
    public void Run_AddingAnExcludedCell_AddsItWithAWarning()
    {
        CellId water = TaskingCrimes.Cell(3, 3);
        TaskingCrimes crimes = new TaskingCrimes().Background(s_jan2024, 12, TaskingCrimes.Cell(0, 0));
        var options = new TaskingOptions(s_date, 1)
        {
            IsExcluded = c => c == water,
            Adjustments = [new AnalystAdjustment(water, AdjustmentKind.Add, "River path: assaults reported on social media")],
        };

        TaskingList list = TaskingAnalysis.Run(crimes.Build(), options);

        Assert.Equal(water, list.Places[^1].Cell);
        Assert.True(list.Adjustments[0].Applied);
        Assert.Contains("exclusion mask", list.Adjustments[0].Effect, StringComparison.Ordinal);
    }

    private static HashSet<YearMonth> Months(YearMonth first, int count) => [.. Enumerable.Range(0, count).Select(first.PlusMonths)];
}
