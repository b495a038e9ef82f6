using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary>The tasking list end to end: real month-only data (Gwent) and timestamped synthetic data.</summary>
public sealed class TaskingCommandTests
{
    [RealDataFact]
    public void Tasking_GwentMonthOnlyData_RanksByHarmAndInventsNoHours()
    {
        using var cli = new CliRun();
        cli.RunOk("import", RealData.Path("police", "2024-10"), RealData.Path("police", "2024-11"), RealData.Path("police", "2024-12"));

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("tasking", "--force", "Gwent Police", "--date", "2025-01-06", "--months", "3", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        var places = result.GetProperty("places").EnumerateArray().ToList();
        Assert.Equal(20, places.Count);
        double[] harm = [.. places.Select(p => p.GetProperty("harm").GetDouble())];
        Assert.Equal(harm.OrderByDescending(h => h), harm);
        Assert.All(places, p =>
        {
            Assert.Empty(p.GetProperty("patrol").GetProperty("times").EnumerateArray());
            Assert.Equal("None", p.GetProperty("patrol").GetProperty("peakSource").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("reason").GetString()));
        });
        Assert.Equal("2024-10..2024-12", result.GetProperty("lookBack").GetString()?.Split(' ')[0]);
        Assert.True(doc.RootElement.GetProperty("run").GetInt64() > 0);
        Assert.Equal("gwent", doc.RootElement.GetProperty("parameters").GetProperty("force").GetString());

        string table = cli.RunOk("tasking", "--force", "gwent", "--date", "2025-01-06", "--months", "3", "--top", "5");
        Assert.Contains("no times in the data", table, StringComparison.Ordinal);
        // Headed with the force's name for people and its slug for the next command.
        Assert.Contains("Tasking list for Gwent Police (gwent), Monday 6 January 2025: 5 places", table, StringComparison.Ordinal);

        // A list for a day long after the newest data says so.
        var (_, _, err) = cli.Run("tasking", "--force", "gwent", "--date", "2026-11-21", "--months", "3", "--top", "5");
        Assert.Contains("newest crime data for Gwent Police is 2024-12, 22 months before 2026-11-21", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_Table_NamesTheCategoriesBehindTheScore_MostHarmFirst()
    {
        // Five shoplifting offences (1 day each) and one robbery (365) at one place: the robbery is why it is listed.
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2024-07-gwent-street.csv");
        File.WriteAllLines(file, [
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            .. Enumerable.Range(1, 5).Select(i => $"s{i},2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Shoplifting,,"),
            "r1,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,",
        ]);
        cli.RunOk("import", file);
        string table = cli.RunOk("tasking", "--force", "gwent", "--date", "2024-08-05", "--months", "1");
        Assert.Contains("6: 1 robbery, 5 shoplifting", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_Table_SaysTheTrendInTheReasonsWords()
    {
        // Three then seven robberies at one place (+133%, too few to be a clear change) and none then six at another: the
        // table said "steady" for the first, which a sergeant reads as "not rising", and "rising %" for the second.
        using var cli = new CliRun();
        const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";
        static IEnumerable<string> Rows(string month, int count, string lon) => Enumerable.Range(1, count)
            .Select(i => $"{month}-{lon}-{i},{month},Gwent Police,Gwent Police,{lon},51.588,On or near High Street,W01001680,Newport 007E,Robbery,,");
        string may = Path.Combine(cli.Directory, "2024-05-gwent-street.csv");
        string june = Path.Combine(cli.Directory, "2024-06-gwent-street.csv");
        File.WriteAllLines(may, [Header, .. Rows("2024-05", 3, "-2.997")]);
        File.WriteAllLines(june, [Header, .. Rows("2024-06", 7, "-2.997"), .. Rows("2024-06", 6, "-3.020")]);
        cli.RunOk("import", may, june);
        cli.Width = 200;

        string table = cli.RunOk("tasking", "--force", "gwent", "--date", "2024-07-05", "--months", "1");

        Assert.Contains("│ no clear change (+133%) │", table, StringComparison.Ordinal);
        Assert.Contains("│ rising (none before)", table, StringComparison.Ordinal);
        Assert.DoesNotContain("steady", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_Table_AnAddedPlaceWithNoCrimes_ShowsNone_NotAnEmptyList()
    {
        // An analyst's added place with no crimes behind it read "0: " in the Crimes column.
        using var cli = new CliRun();
        string file = cli.OneGwentCrime();
        cli.RunOk("import", file);
        cli.RunOk("places", "add", "--force", "gwent", "--cell", "150m-E319950-N190050", "--reason", "Intelligence: weekend disorder");
        cli.Width = 200;

        string table = cli.RunOk("tasking", "--force", "gwent", "--date", "2024-08-05", "--months", "1");

        Assert.Contains("150m-E319950-N190050", table, StringComparison.Ordinal);
        Assert.DoesNotContain("│ 0:", table, StringComparison.Ordinal);
        Assert.Matches(@"│ 0\s+│", table);
    }

    [Fact]
    public void Tasking_WithoutADate_IsForTheUkDay_NotTheUtcOne()
    {
        // 00:30 BST on 2 July is still 1 July in UTC: a night shift's list would have been the day before's.
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2026-05-gwent-street.csv");
        File.WriteAllLines(file, [
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            "r1,2026-05,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,",
        ]);
        cli.RunOk("import", file);
        cli.Time.Now = new DateTimeOffset(2026, 7, 1, 23, 30, 0, TimeSpan.Zero);

        using JsonDocument list = JsonDocument.Parse(cli.RunOk("tasking", "--force", "gwent", "--json"));

        Assert.Equal("2026-07-02", list.RootElement.GetProperty("parameters").GetProperty("date").GetString());
    }

    [Fact]
    public void Tasking_SameInputsTwice_SameList()
    {
        using var cli = new CliRun();
        string data = Generate(cli);
        cli.RunOk("import", data);
        string first = cli.RunOk("tasking", "--date", "2025-02-03", "--csv");
        string second = cli.RunOk("tasking", "--date", "2025-02-03", "--csv");
        // The same list, each file naming its own recorded run (1 and 2) in its first column.
        Assert.Equal(WithoutRunColumn(first), WithoutRunColumn(second));
        Assert.All(first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), l => Assert.StartsWith("1,", l, StringComparison.Ordinal));
        Assert.All(second.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), l => Assert.StartsWith("2,", l, StringComparison.Ordinal));

        // Both runs are on record, and a recorded run gives back what was asked and what came out.
        Assert.Contains("tasking", cli.RunOk("runs", "list"), StringComparison.Ordinal);
        using (JsonDocument run = JsonDocument.Parse(cli.RunOk("runs", "show", "2")))
        {
            Assert.Equal("2025-02-03", run.RootElement.GetProperty("parameters").GetProperty("date").GetString());
            Assert.True(run.RootElement.GetProperty("result").GetProperty("places").GetArrayLength() > 0);
            Assert.False(string.IsNullOrEmpty(run.RootElement.GetProperty("lanternVersion").GetString()));
        }

        Assert.Equal(ExitCodes.BadInput, cli.Run("runs", "show", "99").Exit);
        Assert.StartsWith("run,rank,source,cell_id,x,y,lon,lat", first, StringComparison.Ordinal);
        // Timestamped force-export data: patrol times come from the data's peak hours.
        Assert.Contains(":", first.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_SuppressedPlace_LeavesTheListAndSaysWhy()
    {
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        using JsonDocument before = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--json"));
        string top = before.RootElement.GetProperty("result").GetProperty("places")[0].GetProperty("cell").GetString()!;

        cli.RunOk("places", "suppress", "--force", "lantern-demo", "--cell", top, "--reason", "Inside the prison wall", "--by", "test");
        using JsonDocument after = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--json"));
        JsonElement result = after.RootElement.GetProperty("result");
        Assert.DoesNotContain(result.GetProperty("places").EnumerateArray(), p => p.GetProperty("cell").GetString() == top);
        JsonElement adjustment = result.GetProperty("adjustments")[0];
        Assert.True(adjustment.GetProperty("applied").GetBoolean());
        Assert.Contains("Inside the prison wall", adjustment.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_GeoJson_IsAFeatureCollectionOfCellPolygons()
    {
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        string file = Path.Combine(cli.Directory, "tasking.geojson");
        cli.RunOk("tasking", "--date", "2025-02-03", "--top", "5", "--geojson", "--out", file);
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal(5, doc.RootElement.GetProperty("features").GetArrayLength());
        Assert.Equal("Polygon", doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("type").GetString());
    }

    [Fact]
    public void Tasking_OnlyHarmlessTypes_SaysWhyTheListIsEmpty()
    {
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        string output = cli.RunOk("tasking", "--date", "2025-02-03", "--types", "anti-social-behaviour");
        Assert.Contains("carry no harm under this harm table", output, StringComparison.Ordinal);
        Assert.Contains("0 places", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasking_NarrowTerminal_OneBlockPerPlace()
    {
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        cli.Width = 100;
        string output = cli.RunOk("tasking", "--date", "2025-02-03", "--top", "3");
        Assert.DoesNotContain("╭", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("    Why: ", StringComparison.Ordinal)));
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("    Patrol: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tasking_GiStarMethod_ListsOnlyHotSpots_AndRecordsTheMethod()
    {
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        using JsonDocument count = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--top", "30", "--json"));
        using JsonDocument gistar = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--top", "30", "--method", "gistar", "--json"));

        Assert.Equal("count", count.RootElement.GetProperty("parameters").GetProperty("method").GetString());
        Assert.Equal("gistar", gistar.RootElement.GetProperty("parameters").GetProperty("method").GetString());
        JsonElement.ArrayEnumerator places = gistar.RootElement.GetProperty("result").GetProperty("places").EnumerateArray();
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.True(HotSpot(p), p.ToString()));
        Assert.Contains(count.RootElement.GetProperty("result").GetProperty("places").EnumerateArray(), p => !HotSpot(p));
        Assert.Equal(ExitCodes.Usage, cli.Run("tasking", "--date", "2025-02-03", "--method", "magic").Exit);

        static bool HotSpot(JsonElement place) =>
            place.GetProperty("giStar").GetProperty("significant").GetBoolean() && place.GetProperty("giStar").GetProperty("z").GetDouble() > 0;
    }

    [Fact]
    public void Tasking_BadDate_IsUsageError()
    {
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        Assert.Equal(ExitCodes.Usage, cli.Run("tasking", "--date", "06/01/2025").Exit);
        Assert.Equal(ExitCodes.Usage, cli.Run("tasking", "--out", Path.Combine(cli.Directory, "x.txt")).Exit); // --out without a format
        Assert.DoesNotContain("tasking", cli.RunOk("runs", "list"), StringComparison.Ordinal); // refused before anything was run
    }

    /// <summary>A small synthetic force (12 months to Jan 2025) written into the test's folder.</summary>
    [Fact]
    public void Tasking_Csv_NamesItsRecordedRun_AsJsonAndGeoJsonDo()
    {
        // The CSV carried the places and nothing of the run's record, so a file passed on could not be traced to it.
        using var cli = new CliRun();
        cli.RunOk("import", Generate(cli));
        string file = Path.Combine(cli.Directory, "tasking.csv");

        (int exit, _, string err) = cli.Run("tasking", "--date", "2025-02-03", "--top", "5", "--csv", "--out", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("(run #1)", err, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(file);
        Assert.Equal("run", lines[0].Split(',')[0]);
        Assert.Equal(6, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal("1", l.Split(',')[0]));
        using JsonDocument run = JsonDocument.Parse(cli.RunOk("runs", "show", "1"));
        Assert.Equal("tasking", run.RootElement.GetProperty("kind").GetString());
        Assert.Equal("2025-02-03", run.RootElement.GetProperty("parameters").GetProperty("date").GetString());
    }

    // A tasking CSV without its first column (the recorded run's number).
    internal static string WithoutRunColumn(string csv) =>
        string.Join('\n', csv.Split('\n').Select(l => l.Length == 0 ? l : l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]));

    internal static string Generate(CliRun cli)
    {
        string dir = Path.Combine(cli.Directory, "demo-data");
        cli.RunOk("generate", "--out", dir, "--events", "20000", "--months", "12", "--end", "2025-01");
        return dir;
    }
}
