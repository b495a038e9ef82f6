using System.Text.Json;
using Lantern.Data.Store;

namespace Lantern.Tests.Cli;

/// <summary>
/// The fairness report's area benchmark from the census residents in the store (docs/offenders.md): the force or
/// borough asked for, recorded with the run and used again when its list is shown; ethnicity mapped to census groups
/// as stop and search maps it, unmapped values shown; no sex or age band in the census, said so; and retention judging
/// a managed person by exactly the tables their run was scored with.
/// </summary>
public sealed class OffendersAreaTests
{
    private const string Header = "Person ID,Crime reference,Date,Offence code,Crime type,Role,Domestic,Victim ID,Outcome,Wanted,Sex,Age band,Ethnicity";
    private const string Why = "monthly V100 review";

    // Four suspects in the window: P1 White, P3 a census label of Black, P7 blank (unknown), P8 a value no census group has.
    private static CliRun Imported()
    {
        var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "people.csv");
        File.WriteAllLines(file, [Header,
            "P1,R1,2026-09-01,019/07,,suspect,Y,P2,,N,male,25-34,White",
            "P2,R1,2026-09-01,019/07,,victim,Y,,,N,female,25-34,White",
            "P3,R3,2026-10-01,020/01,,suspect,N,P4,,Y,male,18-24,Black/African/Caribbean/Black British - African",
            "P7,R7,2026-08-01,008/71,,suspect,N,,,N,male,35-44,",
            "P8,R8,2026-07-01,008/56,,charged,N,,,N,male,35-44,Traveller"]);
        cli.RunOk("offenders", "import", file);
        return cli;
    }

    [RealDataFact]
    public void Score_AgainstTheMetsCensus2021Residents_MappedUnmappedAndGapsShown_RecordedAndReused()
    {
        using CliRun cli = Imported();
        cli.RunOk("population", "import", RealData.Path("population", "census2021-ts021-msoa.csv"));
        cli.RunOk("population", "import", RealData.Path("geo", "london-lsoa-2021-to-borough.csv"));
        cli.RunOk("population", "import", RealData.Path("population", "lad16-to-police-force-area.csv"));
        cli.RunOk("population", "import", RealData.Path("population", "census2011-ethnic-group-by-police-force.csv"), "--source", "census2011");

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--area", "metropolitan", "--justification", Why, "--json"));
        JsonElement census = doc.RootElement.GetProperty("fairness").GetProperty("census");
        JsonElement benchmark = census.GetProperty("benchmark");
        Assert.Equal("Census 2021 TS021 (ethnic group)", benchmark.GetProperty("table").GetString());
        Assert.Equal("Census 2021, summed from its 32 boroughs", benchmark.GetProperty("method").GetString());
        // The Met's 8,791,344 residents (docs/stop-search.md): Black 1,188,140, White 4,725,220.
        Assert.Equal(8_791_344, benchmark.GetProperty("residents").GetProperty("total").GetInt64());
        Dictionary<string, JsonElement> rows = census.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(["White", "Black", "Asian", "Mixed", "Other"], rows.Keys);
        Assert.Equal(1_188_140 / 8_791_344.0, rows["Black"].GetProperty("areaShare").GetDouble(), 9);
        Assert.Equal(["Black/African/Caribbean/Black British - African"], rows["Black"].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        // Shares are of the two whose ethnicity maps (P1 White, P3 Black); the unknown and the unmapped value are shown apart.
        Assert.Equal(2, census.GetProperty("listMapped").GetInt64());
        Assert.Equal(0.5, rows["Black"].GetProperty("listed").GetProperty("value").GetDouble());
        Assert.Equal(["Traveller", "unknown"], census.GetProperty("unmapped").EnumerateArray().Select(u => u.GetProperty("value").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(census.GetProperty("notCompared").EnumerateArray(), g => g.GetString()!.StartsWith("sex: not compared", StringComparison.Ordinal));
        Assert.Contains(census.GetProperty("notCompared").EnumerateArray(), g => g.GetString()!.StartsWith("age-band: not compared", StringComparison.Ordinal));

        // Recorded with the run, and the run's area is the default when its list is shown again.
        using (LanternStore store = LanternStore.OpenExisting(cli.Db)!)
        {
            string inputs = Dapper.SqlMapper.ExecuteScalar<string>(store.Connection, "SELECT inputs FROM analysis_run WHERE kind = 'offenders'")!;
            using JsonDocument recorded = JsonDocument.Parse(inputs);
            JsonElement area = recorded.RootElement.GetProperty("areaBenchmark");
            Assert.Equal("metropolitan", area.GetProperty("code").GetString());
            Assert.Equal(1_188_140, area.GetProperty("residents").GetProperty("black").GetInt64());
        }

        string listed = cli.RunOk("offenders", "list", "--justification", Why);
        Assert.Contains("Area benchmark: Census 2021 TS021 (ethnic group), Metropolitan Police Service (force metropolitan)", listed, StringComparison.Ordinal);
        Assert.Contains("the area the run was scored with", listed, StringComparison.Ordinal);
        Assert.Contains("not mapped to a census group: 'Traveller'", listed, StringComparison.Ordinal);

        // A borough by name, and a force the 2011 table alone has.
        Assert.Contains("Tower Hamlets (borough E09000030); Census 2021, summed from its 34 MSOAs", cli.RunOk("offenders", "fairness", "--area", "Tower Hamlets", "--justification", Why),
            StringComparison.Ordinal);
        Assert.Contains("Census 2011 ethnic group, Gwent Police (force gwent); Census 2011, as imported", cli.RunOk("offenders", "fairness", "--area", "gwent", "--justification", Why),
            StringComparison.Ordinal);
        Assert.Contains("No area benchmark (--area none)", cli.RunOk("offenders", "fairness", "--area", "none", "--justification", Why), StringComparison.Ordinal);
        Assert.Contains("not published (a list of fewer than 10)", cli.RunOk("model-card", "offenders", "--owner", "Det Supt A. Example"), StringComparison.Ordinal);
        var (exit, _, err) = cli.Run("offenders", "fairness", "--area", "Atlantis", "--justification", Why);
        Assert.NotEqual(0, exit);
        Assert.Contains("--area 'Atlantis' is neither a force nor a borough", err, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void Score_AreaNone_IsRecordedAndKeptWhenTheListIsShownAgain()
    {
        using CliRun cli = Imported();
        cli.RunOk("population", "import", RealData.Path("population", "census2011-ethnic-group-by-police-force.csv"), "--source", "census2011");
        Assert.Contains("No area benchmark (--area none)", cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--area", "none", "--justification", Why),
            StringComparison.Ordinal);
        using (LanternStore store = LanternStore.OpenExisting(cli.Db)!)
        {
            string inputs = Dapper.SqlMapper.ExecuteScalar<string>(store.Connection, "SELECT inputs FROM analysis_run WHERE kind = 'offenders'")!;
            using JsonDocument recorded = JsonDocument.Parse(inputs);
            Assert.Equal("none", recorded.RootElement.GetProperty("areaBenchmark").GetProperty("level").GetString());
        }

        // Shown again: still none (not the only force with census residents), unless an area is asked for.
        string listed = cli.RunOk("offenders", "list", "--justification", Why);
        Assert.Contains("the run was scored with --area none", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("Gwent Police (force gwent)", listed, StringComparison.Ordinal);
        Assert.Contains("Gwent Police (force gwent)", cli.RunOk("offenders", "list", "--area", "gwent", "--justification", Why), StringComparison.Ordinal);
    }

    [RealDataFact]
    public void ModelCard_SyntheticForce_AgainstGwentsCensus2011Residents()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "synthetic.csv");
        cli.RunOk("offenders", "generate", "--out", file, "--as-of", "2026-10-31", "--suspects", "3000");
        cli.RunOk("offenders", "import", file);
        cli.RunOk("population", "import", RealData.Path("population", "census2011-ethnic-group-by-police-force.csv"), "--source", "census2011");
        cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--area", "gwent", "--justification", Why);
        string card = cli.RunOk("model-card", "offenders", "--owner", "Det Supt A. Example, Public Protection");
        Assert.Contains("Census 2011 ethnic group, Gwent Police (force gwent); Census 2011, as imported: White", card, StringComparison.Ordinal);
        Assert.Contains("sex and age band not compared", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoCensusImported_SaysSoWithTheCommandToImportIt()
    {
        using CliRun cli = Imported();
        string scored = cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--justification", Why);
        Assert.Contains("No area benchmark: no census population is imported; import census residents with 'lantern population import'", scored, StringComparison.Ordinal);
    }

    [Fact]
    public void Retention_JudgesAManagedPerson_ByTheTablesTheirRunWasScoredWith()
    {
        using CliRun cli = Imported();
        // P9's only offence is criminal damage (058/01): "other" in the default groups table, outside the offence set. A force's
        // groups file puts it in harassment, so the run made with that file lists P9.
        string people = Path.Combine(cli.Directory, "p9.csv");
        File.WriteAllLines(people, [Header, "P9,R9,2026-10-15,058/01,Criminal damage and arson,suspect,Y,,,N,male,25-34,White"]);
        cli.RunOk("offenders", "import", people);
        string groups = Path.Combine(cli.Directory, "groups.csv");
        string defaults = ReadEmbeddedGroups();
        File.WriteAllText(groups, defaults.Replace("# version: offence-groups-2026-1", "# version: force-groups-1", StringComparison.Ordinal)
            .Replace("code,group,mopi,description\n", "code,group,mopi,description\n058/01,harassment,2,criminal damage in a domestic setting\n", StringComparison.Ordinal));
        using (JsonDocument doc = JsonDocument.Parse(cli.RunOk("offenders", "score", "--as-of", "2026-10-31", "--groups", groups, "--justification", Why, "--json")))
        {
            Assert.Contains(doc.RootElement.GetProperty("list").EnumerateArray(), e => e.GetProperty("personId").GetString() == "P9");
        }

        cli.RunOk("offenders", "review", "P9", "--decision", "accept", "--reason", "Repeated domestic damage", "--justification", Why);

        // Today (2026-11-21) the default table would count nothing of P9's; the run's own table still does.
        Assert.Contains("0 left the managed list", cli.RunOk("retention", "run"), StringComparison.Ordinal);
        Assert.Contains("P9", cli.RunOk("offenders", "managed", "--justification", Why), StringComparison.Ordinal);

        // A year on the offence has left the run's window, and P9 leaves.
        cli.Time.Now = cli.Time.Now.AddDays(366);
        Assert.Contains("1 left the managed list", cli.RunOk("retention", "run"), StringComparison.Ordinal);
    }

    private static string ReadEmbeddedGroups()
    {
        using Stream s = typeof(Core.Offenders.OffenceGroupTable).Assembly.GetManifestResourceStream(
            typeof(Core.Offenders.OffenceGroupTable).Assembly.GetManifestResourceNames().Single(n => n.EndsWith("offence-groups-2026.csv", StringComparison.Ordinal)))!;
        using var reader = new StreamReader(s);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
