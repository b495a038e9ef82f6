using System.Globalization;
using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern backtest --unit day</c>: each day forecast from the events before it and scored on its own.</summary>
public sealed class DailyBacktestTests
{
    private const string ExportHeader =
        "Crime reference,Force,Offence code,Crime type,Committed from,Committed to,Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome";

    [Fact]
    public void Backtest_DayUnit_Naive_ScoresEachDayOnTheEventsStrictlyBeforeIt()
    {
        using var cli = new CliRun();
        // 400 crimes over 20 days at exact times in 25 cells of 150 m, more often in low-numbered cells, so that rankings
        // differ from day to day: counted by hand below.
        var random = new Random(20240301);
        var lines = new List<string> { ExportHeader };
        var crimes = new List<(int Day, int Cell)>();
        var first = new DateTime(2024, 3, 1);
        for (int i = 0; i < 400; i++)
        {
            int cell = Math.Min(random.Next(25), random.Next(25));
            var at = first.AddMinutes(random.Next(20 * 24 * 60));
            double e = 331000 + (150 * (cell % 5)) + 75, n = 188000 + (150 * (cell / 5)) + 75;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"R{i},gwent,,burglary,{at:yyyy-MM-ddTHH:mm},,{e},{n},,,,,"));
            crimes.Add((DateOnly.FromDateTime(at).DayNumber, cell));
        }

        string file = Path.Combine(cli.Directory, "export.csv");
        File.WriteAllLines(file, lines);
        cli.RunOk("import", file);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("backtest", "--unit", "day", "--from", "2024-03-10", "--to", "2024-03-20",
            "--methods", "naive", "--coverage", "8,20", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal("day", doc.RootElement.GetProperty("parameters").GetProperty("unit").GetString());
        JsonElement area = result.GetProperty("studyArea");
        Assert.Equal(25, area.GetProperty("cells").GetInt32());

        // Per day, per cell (in the study area's grid order: row by row from the south-west).
        var byDay = new Dictionary<int, int[]>();
        foreach ((int day, int cell) in crimes)
        {
            int[] counts = byDay.TryGetValue(day, out int[]? c) ? c : byDay[day] = new int[25];
            counts[cell]++;
        }

        JsonElement naive = Assert.Single(result.GetProperty("methods").EnumerateArray());
        JsonElement[] days = [.. naive.GetProperty("byTarget").EnumerateArray()];
        JsonElement[] targets = [.. result.GetProperty("targets").EnumerateArray()];
        Assert.Equal(11, days.Length);
        bool includingTheDayDiffers = false;
        for (int t = 0; t < days.Length; t++)
        {
            var target = DateOnly.ParseExact(days[t].GetProperty("target").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            // Learned from everything up to the day before the target, and nothing of the target day.
            Assert.Equal(target.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), targets[t].GetProperty("trainingThrough").GetString());
            Assert.Equal(crimes.Count(c => c.Day < target.DayNumber), targets[t].GetProperty("trainingEvents").GetInt32());
            int[] at = byDay.GetValueOrDefault(target.DayNumber) ?? new int[25];
            Assert.Equal(at.Sum(), days[t].GetProperty("events").GetInt32());
            int[] cellsChosen = [.. days[t].GetProperty("cellsChosen").EnumerateArray().Select(e => e.GetInt32())];
            int[] captured = [.. days[t].GetProperty("captured").EnumerateArray().Select(e => e.GetInt32())];
            Assert.Equal([2, 5], cellsChosen);
            for (int k = 0; k < cellsChosen.Length; k++)
            {
                Assert.Equal(BacktestCommandTests.Captured(byDay, target.DayNumber, at, cellsChosen[k]), captured[k]);
                includingTheDayDiffers |= BacktestCommandTests.Captured(byDay, target.DayNumber + 1, at, cellsChosen[k]) != captured[k];
            }
        }

        Assert.True(includingTheDayDiffers);
    }

    [Fact]
    public void Backtest_DayUnit_WithoutTimestampedCrimes_OrABadUnit_IsRefused()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2024-07-gwent-street.csv");
        File.WriteAllLines(file, [
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            "a1,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,",
        ]);
        cli.RunOk("import", file);

        (int exit, _, string err) = cli.Run("backtest", "--unit", "day", "--methods", "naive");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("force exports", err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, cli.Run("backtest", "--unit", "week").Exit);
        Assert.Equal(ExitCodes.Usage, cli.Run("backtest", "--unit", "day", "--from", "2024-07", "--to", "2024-07-05").Exit);
    }

    [RealDataFact("events/vancouver")]
    public void Backtest_Vancouver_DailyBurglaryForecastsBeatChance_InUtmMetres()
    {
        using var cli = new CliRun();
        string import = cli.RunOk("import", RealData.Path("events", "vancouver", "crimedata_csv_AllNeighbourhoods_2021.csv"));
        Assert.Contains("EPSG:26910", import, StringComparison.Ordinal);
        Assert.Contains("3,808 × location withheld by VPD", import, StringComparison.Ordinal);
        Assert.Contains("161 × location not known, placed by VPD at its headquarters", import, StringComparison.Ordinal);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("backtest", "--force", "vancouver", "--unit", "day", "--from", "2021-06-01",
            "--to", "2021-06-30", "--types", "burglary", "--methods", "naive,gridsepp", "--coverage", "5,20", "--json"));
        Assert.Equal(26910, doc.RootElement.GetProperty("parameters").GetProperty("crs").GetInt32());
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal(30, result.GetProperty("targets").GetArrayLength());
        Assert.All(result.GetProperty("targets").EnumerateArray(), t => Assert.True(
            string.CompareOrdinal(t.GetProperty("trainingThrough").GetString(), t.GetProperty("target").GetString()) < 0));
        foreach (JsonElement method in result.GetProperty("methods").EnumerateArray())
        {
            // A month of Vancouver's break-ins, about 10 a day: both methods put far more than their share of the area's
            // burglaries in the cells they chose (PAI 1 is chance), and catch most of them in a fifth of the city.
            Assert.All(method.GetProperty("summaries").EnumerateArray(), s => Assert.True(s.GetProperty("meanPai").GetDouble() > 2,
                $"{method.GetProperty("name").GetString()} at {s.GetProperty("coverage").GetDouble()}: PAI {s.GetProperty("meanPai").GetDouble()}"));
            Assert.InRange(method.GetProperty("summaries")[1].GetProperty("hitRate").GetDouble(), 0.5, 1);
        }
    }
}
