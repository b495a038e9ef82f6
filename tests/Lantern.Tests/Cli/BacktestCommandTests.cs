using System.Text.Json;
using Lantern.Cli;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Tests.Cli;

public sealed class BacktestCommandTests
{
    [Fact]
    public void Backtest_Naive_ScoresEachMonthOnTheMonthsStrictlyBeforeIt()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("backtest", "--from", "2024-10", "--to", "2025-01", "--methods", "naive",
            "--coverage", "1,5", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        JsonElement area = result.GetProperty("studyArea");
        var extent = new CellExtent(area.GetProperty("minColumn").GetInt32(), area.GetProperty("minRow").GetInt32(),
            area.GetProperty("columns").GetInt32(), area.GetProperty("rows").GetInt32());
        var grid = new GridSpec(150);

        // Crimes per cell per month, counted by hand from the store.
        var byMonth = new Dictionary<int, int[]>();
        using (LanternStore store = StoreOption.OpenExisting(cli.Db))
        {
            CrimeHistory history = CrimeQuery.LoadHistory(store, "lantern-demo", HarmTable.Default);
            for (int i = 0; i < history.Points.Count; i++)
            {
                CellId cell = grid.CellOf(history.Points.Easting[i], history.Points.Northing[i]);
                if (extent.Contains(cell))
                {
                    int month = history.Points.MonthIndex[i];
                    if (!byMonth.TryGetValue(month, out int[]? counts))
                    {
                        byMonth[month] = counts = new int[extent.CellCount];
                    }

                    counts[extent.IndexOf(cell)]++;
                }
            }
        }

        JsonElement naive = Assert.Single(result.GetProperty("methods").EnumerateArray());
        Assert.Equal("naive", naive.GetProperty("name").GetString());
        JsonElement[] months = [.. naive.GetProperty("byTarget").EnumerateArray()];
        JsonElement[] targets = [.. result.GetProperty("targets").EnumerateArray()];
        Assert.Equal(["2024-10", "2024-11", "2024-12", "2025-01"], months.Select(m => m.GetProperty("target").GetString()));
        bool includingTheMonthDiffers = false;
        for (int t = 0; t < months.Length; t++)
        {
            YearMonth target = YearMonth.Parse(months[t].GetProperty("target").GetString()!);
            // The training data ends the month before the target.
            Assert.Equal(target.PlusMonths(-1).ToString(), targets[t].GetProperty("trainingThrough").GetString());
            int[] at = byMonth.GetValueOrDefault(target.Index) ?? new int[extent.CellCount];
            Assert.Equal(at.Sum(), months[t].GetProperty("events").GetInt32());
            int[] cellsChosen = [.. months[t].GetProperty("cellsChosen").EnumerateArray().Select(e => e.GetInt32())];
            int[] captured = [.. months[t].GetProperty("captured").EnumerateArray().Select(e => e.GetInt32())];
            for (int k = 0; k < cellsChosen.Length; k++)
            {
                Assert.Equal(Captured(byMonth, target.Index, at, cellsChosen[k]), captured[k]);
                includingTheMonthDiffers |= Captured(byMonth, target.Index + 1, at, cellsChosen[k]) != captured[k];
            }
        }

        // Counting the target month too would have scored differently: the check above can tell the two apart.
        Assert.True(includingTheMonthDiffers);
    }

    [Fact]
    public void Backtest_Methods_RunsThoseChosenComparesThemAndIsRecorded()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        using (JsonDocument doc = JsonDocument.Parse(cli.RunOk("backtest", "--from", "2024-12", "--to", "2025-01", "--methods", "prospective,naive",
            "--coverage", "5", "--json")))
        {
            JsonElement result = doc.RootElement.GetProperty("result");
            Assert.Equal(["prospective", "naive"], result.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
            Assert.NotEqual(result.GetProperty("methods")[0].GetProperty("parameters").GetString(),
                result.GetProperty("methods")[1].GetProperty("parameters").GetString());
            JsonElement summary = result.GetProperty("methods")[0].GetProperty("summaries")[0];
            Assert.Equal(0.05, summary.GetProperty("coverage").GetDouble());
            Assert.InRange(summary.GetProperty("hitRate").GetDouble(), summary.GetProperty("hitRateLow").GetDouble(),
                summary.GetProperty("hitRateHigh").GetDouble());
            JsonElement comparison = Assert.Single(result.GetProperty("comparisons").EnumerateArray());
            Assert.Equal(2, comparison.GetProperty("bestWins").GetInt32() + comparison.GetProperty("otherWins").GetInt32()
                + comparison.GetProperty("ties").GetInt32());
            Assert.NotEqual(comparison.GetProperty("best").GetString(), comparison.GetProperty("other").GetString());
            Assert.Equal(["prospective", "naive"], doc.RootElement.GetProperty("parameters").GetProperty("methods").EnumerateArray()
                .Select(m => m.GetString()));
            Assert.True(doc.RootElement.GetProperty("parameters").TryGetProperty("seed", out _));
        }

        string table = cli.RunOk("backtest", "--from", "2025-01", "--to", "2025-01", "--methods", "naive,retro", "--coverage", "1,10");
        Assert.Contains("Coverage 1% of the area", table, StringComparison.Ordinal);
        Assert.Contains("Coverage 10% of the area", table, StringComparison.Ordinal);
        Assert.Contains("retrospective", table, StringComparison.Ordinal);
        Assert.Contains("backtest", cli.RunOk("runs", "list", "--kind", "backtest"), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Usage, cli.Run("backtest", "--methods", "naive,magic").Exit);
        Assert.Equal(ExitCodes.Usage, cli.Run("backtest", "--coverage", "0").Exit);
        Assert.Equal(ExitCodes.Usage, cli.Run("backtest", "--from", "2025-01", "--to", "2024-12").Exit);
    }

    [Fact]
    public void Backtest_Html_WritesTheTablesAndAChartLinePerMethodFromTheRecordedRun()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        string file = Path.Combine(cli.Directory, "report.html");
        string printed = cli.RunOk("backtest", "--from", "2024-12", "--to", "2025-01", "--methods", "naive,retro,prospective", "--coverage", "1,5,20",
            "--html", file);

        Assert.Contains("Report with charts written to", printed, StringComparison.Ordinal);
        string html = File.ReadAllText(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<svg "));
        // One line a method in each of the two charts, through its three coverages.
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(html, "<polyline "));
        Assert.Equal(18, System.Text.RegularExpressions.Regex.Count(html, "<circle "));
        Assert.Contains("Coverage 20% of the area", html, StringComparison.Ordinal);
        Assert.Contains("retrospective", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Backtest_CityOfLondon_EveryMethodBeatsChanceAndLearnsOnlyFromThePast()
    {
        using var cli = new CliRun();
        string[] files = [.. Enumerable.Range(0, 36).Select(i => new YearMonth(2019, 1).PlusMonths(i).ToString())
            .Select(m => RealData.Path("police", m, $"{m}-city-of-london-street.csv"))];
        cli.RunOk(["import", .. files]);
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("backtest", "--force", "city-of-london", "--from", "2021-01", "--to", "2021-12",
            "--methods", "naive,retro,prospective", "--coverage", "1,5", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.All(result.GetProperty("targets").EnumerateArray(), t => Assert.Equal(
            YearMonth.Parse(t.GetProperty("target").GetString()!).PlusMonths(-1).ToString(), t.GetProperty("trainingThrough").GetString()));
        foreach (JsonElement method in result.GetProperty("methods").EnumerateArray())
        {
            // A year of the City's street crime: every method concentrates crime far beyond chance (PAI 1) at both coverages.
            Assert.All(method.GetProperty("summaries").EnumerateArray(), s => Assert.True(s.GetProperty("meanPai").GetDouble() > 3,
                $"{method.GetProperty("name").GetString()} at {s.GetProperty("coverage").GetDouble()}: PAI {s.GetProperty("meanPai").GetDouble()}"));
        }
    }

    [RealDataFact]
    public void Backtest_Area_ScoresOnlyTheCellsTheAreaTouches()
    {
        using var cli = new CliRun();
        cli.RunOk("import", RealData.Path("police-met-burglary-only", "2023-11"), RealData.Path("police-met-burglary-only", "2023-12"));
        cli.RunOk("areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");
        string[] args = ["backtest", "--force", "metropolitan", "--from", "2023-12", "--to", "2023-12", "--methods", "naive", "--coverage", "5", "--json"];
        using JsonDocument london = JsonDocument.Parse(cli.RunOk(args));
        using JsonDocument westminster = JsonDocument.Parse(cli.RunOk([.. args, "--area", "E09000033"]));
        long Cells(JsonDocument d) => d.RootElement.GetProperty("result").GetProperty("studyArea").GetProperty("cells").GetInt64();
        int Events(JsonDocument d) => d.RootElement.GetProperty("result").GetProperty("methods")[0].GetProperty("summaries")[0].GetProperty("events").GetInt32();
        Assert.True(Cells(westminster) * 20 < Cells(london), $"{Cells(westminster)} cells of {Cells(london)}");
        Assert.InRange(Events(westminster), 1, Events(london) - 1);
        Assert.Contains(westminster.RootElement.GetProperty("result").GetProperty("automaticChoices").EnumerateArray(),
            c => c.GetString()!.Contains("E09000033", StringComparison.Ordinal));

        // Not the box around Westminster (half of it Camden, Lambeth and the other neighbours): the cells it touches, as
        // hot spots and tasking use. December's burglaries scored are Westminster's own, and the few in cells its boundary
        // crosses: at least those inside it (hot spots counts them by point in polygon) and not many more.
        JsonElement box = westminster.RootElement.GetProperty("result").GetProperty("studyArea");
        Assert.True(Cells(westminster) < 0.6 * box.GetProperty("columns").GetInt64() * box.GetProperty("rows").GetInt64(), box.ToString());
        using JsonDocument inside = JsonDocument.Parse(cli.RunOk(
            "hotspots", "--force", "metropolitan", "--from", "2023-12", "--to", "2023-12", "--area", "E09000033", "--method", "count", "--json"));
        long crimes = inside.RootElement.GetProperty("result").GetProperty("crimes").GetInt64();
        Assert.Equal(Cells(westminster), inside.RootElement.GetProperty("result").GetProperty("studyAreaCells").GetInt64());
        Assert.InRange(Events(westminster), crimes, crimes * 1.25); // 311 against 264: a long boundary through dense streets
    }

    /// <summary>
    /// What a naive all-history count caught: cells ranked by crimes of the periods (months or days) before
    /// <paramref name="before"/> (grid order on ties), scored on <paramref name="at"/>.
    /// </summary>
    internal static int Captured(Dictionary<int, int[]> byMonth, int before, int[] at, int cells)
    {
        int[] risk = new int[at.Length];
        foreach ((int month, int[] counts) in byMonth)
        {
            if (month < before)
            {
                for (int i = 0; i < counts.Length; i++)
                {
                    risk[i] += counts[i];
                }
            }
        }

        return Enumerable.Range(0, at.Length).OrderByDescending(i => risk[i]).ThenBy(i => i).Take(cells).Sum(i => at[i]);
    }
}
