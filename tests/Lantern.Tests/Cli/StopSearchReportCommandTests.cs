using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Store;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern stopsearch boroughs</c> and <c>lantern stopsearch report</c> end to end on small hand-made files, worked out by hand.</summary>
public sealed class StopSearchReportCommandTests
{
    private const string Header =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

    private const string White = "White - English/Welsh/Scottish/Northern Irish/British", Black = "Black/African/Caribbean/Black British - African";

    [Fact]
    public void Boroughs_EachBoroughAgainstItsOwnResidents_AndTheForceBeside()
    {
        using var cli = new CliRun();
        // North (E09000001) above latitude 51.59, South (E09000002) below; 2024-07 in Gwent's file.
        // North: 10 White (4 arrests), 6 Black; South: 8 White, 2 Black; and 1 search without coordinates, 1 far outside both.
        string[] rows =
        [
            .. Enumerable.Range(0, 10).Select(i => Row(i, "51.595", "-2.997", White, "White", i < 4)),
            .. Enumerable.Range(10, 6).Select(i => Row(i, "51.595", "-2.997", Black, "Black", false)),
            .. Enumerable.Range(16, 8).Select(i => Row(i, "51.585", "-2.997", White, "White", false)),
            .. Enumerable.Range(24, 2).Select(i => Row(i, "51.585", "-2.997", Black, "Black", true)),
            Row(26, "", "", White, "White", false),
            Row(27, "53.000", "-1.000", White, "White", false),
        ];
        Import(cli, rows);
        File.WriteAllText(Path.Combine(cli.Directory, "boroughs.geojson"), """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"LAD22CD":"E09000001","LAD22NM":"North"},"geometry":{"type":"Polygon","coordinates":[[[-3.05,51.59],[-2.95,51.59],[-2.95,51.63],[-3.05,51.63],[-3.05,51.59]]]}},
            {"type":"Feature","properties":{"LAD22CD":"E09000002","LAD22NM":"South"},"geometry":{"type":"Polygon","coordinates":[[[-3.05,51.55],[-2.95,51.55],[-2.95,51.59],[-3.05,51.59],[-3.05,51.55]]]}}]}
            """);
        cli.RunOk("areas", "import", Path.Combine(cli.Directory, "boroughs.geojson"), "--level", "borough");
        // Residents: North 100,000 White and 20,000 Black; South 50,000 White and 5,000 Black (and the other groups).
        string census = Path.Combine(cli.Directory, "ts021.csv");
        File.WriteAllText(census, string.Join('\n',
            "date,geography,geography code,Ethnic group: Total: All usual residents,\"Ethnic group: Asian, Asian British or Asian Welsh\"," +
            "\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African\",Ethnic group: Mixed or Multiple ethnic groups,Ethnic group: White,Ethnic group: Other ethnic group",
            "2021,North,E09000001,130000,5000,20000,3000,100000,2000",
            "2021,South,E09000002,60000,2000,5000,1000,50000,2000") + "\n");
        cli.RunOk("population", "import", census);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "boroughs", "--force", "gwent", "--json"));
        JsonElement r = doc.RootElement.GetProperty("result");

        Assert.Equal((28L, 1L, 1L), (r.GetProperty("force").GetProperty("searches").GetInt64(), r.GetProperty("withoutCoordinates").GetInt64(),
            r.GetProperty("outsideEveryBorough").GetInt64()));
        JsonElement north = r.GetProperty("boroughs")[0], south = r.GetProperty("boroughs")[1];
        Assert.Equal(("E09000001", 16L, "E09000002", 10L), (north.GetProperty("code").GetString(), north.GetProperty("searches").GetInt64(),
            south.GetProperty("code").GetString(), south.GetProperty("searches").GetInt64()));
        // North: White 10/100,000 = 0.1 per 1,000, Black 6/20,000 = 0.3: ratio 3, interval exp(ln 3 ± 1.96·√(1/6 + 1/10)).
        JsonElement[] groups = [.. north.GetProperty("disproportionality").EnumerateArray()];
        Assert.Equal(0.1, groups[0].GetProperty("ratePer1000").GetDouble(), 12);
        Assert.Equal(3.0, groups[1].GetProperty("ratioToWhite").GetDouble(), 12);
        Assert.Equal(3 * Math.Exp(-1.96 * Math.Sqrt((1.0 / 6) + (1.0 / 10))), groups[1].GetProperty("ratioLow").GetDouble(), 9);
        // South: White 8/50,000 = 0.16, Black 2/5,000 = 0.4: ratio 2.5. The find rate (link recorded for all): North 4/16, South 2/10.
        Assert.Equal(2.5, south.GetProperty("disproportionality")[1].GetProperty("ratioToWhite").GetDouble(), 12);
        Assert.Equal((4L, 16L), (north.GetProperty("measureRate").GetProperty("events").GetInt64(), north.GetProperty("measureRate").GetProperty("of").GetInt64()));
        Assert.Equal("findRate", r.GetProperty("measure").GetString());
        Assert.Equal("Census 2021, as imported", north.GetProperty("denominators").GetProperty("method").GetString());

        // Each borough's figures are exactly the summary's for that area (the same builder), from one read instead of one each.
        using JsonDocument one = JsonDocument.Parse(cli.RunOk("stopsearch", "summary", "--force", "gwent", "--area", "E09000001", "--json"));
        Assert.True(JsonElement.DeepEquals(one.RootElement.GetProperty("result").GetProperty("disproportionality").GetProperty("groups"), north.GetProperty("disproportionality")));
        Assert.True(JsonElement.DeepEquals(one.RootElement.GetProperty("result").GetProperty("rates"), north.GetProperty("rates")));

        string table = cli.RunOk("stopsearch", "boroughs", "--force", "gwent");
        Assert.Contains("North (E09000001)", table, StringComparison.Ordinal);
        Assert.Contains("3.00 (", table, StringComparison.Ordinal);
        Assert.Contains("stopsearch-boroughs", cli.RunOk("runs", "list", "--kind", "stopsearch-boroughs"), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, cli.Run("stopsearch", "boroughs", "--ethnicity", "nobody").Exit);
    }

    [Fact]
    public void Report_CountsUnder5Withheld_SecondariesToo_CsvHtmlAndAudit()
    {
        using var cli = new CliRun();
        // 2024-07: 30 White searches (10 arrests, 20 not), 3 Black (1 arrest), no other group; every outcome linked recorded.
        string[] rows =
        [
            .. Enumerable.Range(0, 30).Select(i => Row(i, "51.595", "-2.997", White, "White", i < 10)),
            .. Enumerable.Range(30, 3).Select(i => Row(i, "51.595", "-2.997", Black, "Black", i == 30)),
        ];
        Import(cli, rows);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "report", "--force", "gwent", "--month", "2024-07", "--json", "--by", "panel-clerk"));
        JsonElement result = doc.RootElement.GetProperty("result");
        Dictionary<string, JsonElement> tables = result.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!);

        // The month: 33 searches, shown; by self-defined ethnicity, White 30 shown, Black 3 withheld as <5, and the groups
        // with no searches (0, under 5 too). White's arrest rate (10 arrests, 20 not: both 5 or more) is shown; Black's
        // (1 of 3) is not, nor can it be worked out: the month's 11 arrests less White's 10 leave 1 among four rows of 0 to 4.
        JsonElement[] self = [.. tables["selfDefinedEthnicity"].GetProperty("rows").EnumerateArray()];
        Assert.Equal(["White", "Black", "Asian", "Mixed", "Other", "Unknown"], self.Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(("shown", 30.0), (Cell(self[0], 0).GetProperty("status").GetString(), Cell(self[0], 0).GetProperty("value").GetDouble()));
        Assert.All(self.Skip(1), r => Assert.Equal(("small", "<5"), (Cell(r, 0).GetProperty("status").GetString(), Cell(r, 0).GetProperty("text").GetString())));
        Assert.Equal(10.0 / 30, Cell(self[0], 3).GetProperty("value").GetDouble(), 12);
        Assert.All(self.Skip(1), r => Assert.Equal(("withheld", "[c]"), (Cell(r, 3).GetProperty("status").GetString(), Cell(r, 3).GetProperty("text").GetString())));
        JsonElement all = tables["searches"].GetProperty("rows")[0];
        Assert.Equal(("shown", 33.0), (Cell(all, 0).GetProperty("status").GetString(), Cell(all, 0).GetProperty("value").GetDouble()));
        Assert.Equal(11.0 / 33, Cell(all, 2).GetProperty("value").GetDouble(), 12); // the month's arrest rate
        Assert.Contains("no Section 60 authorisation", tables["section60"].GetProperty("notes")[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no body-worn video data", tables["bodyWornVideo"].GetProperty("notes")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("No census residents", tables["disproportionality"].GetProperty("notes")[0].GetString(), StringComparison.Ordinal);

        // CSV: a withheld figure is blank with its reason; the page to print carries its stylesheet.
        string csv = cli.RunOk("stopsearch", "report", "--force", "gwent", "--month", "2024-07", "--csv", "--html", Path.Combine(cli.Directory, "report.html"));
        Assert.Contains("selfDefinedEthnicity,Black,Black,Searches,,,,small,<5,fewer than 5", csv, StringComparison.Ordinal);
        Assert.Contains("selfDefinedEthnicity,White,White,Searches,30,,,shown,30,", csv, StringComparison.Ordinal);
        Assert.Contains("selfDefinedEthnicity,Black,Black,Arrest rate (95% CI),,,,withheld,[c],\"withheld so that a count under 5 cannot be worked out", csv, StringComparison.Ordinal);
        string html = File.ReadAllText(Path.Combine(cli.Directory, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num small\" title=\"fewer than 5\">&lt;5</td>", html, StringComparison.Ordinal);

        // A month with no records: said so, no tables. Every report is a run and an audited view.
        using JsonDocument missing = JsonDocument.Parse(cli.RunOk("stopsearch", "report", "--force", "gwent", "--month", "2024-06", "--json"));
        Assert.Equal(("missing", 0), (missing.RootElement.GetProperty("result").GetProperty("status").GetString(),
            missing.RootElement.GetProperty("result").GetProperty("tables").GetArrayLength()));
        using LanternStore store = LanternStore.Open(cli.Db);
        AuditEntry view = Assert.Single(AuditEntry.Search(store, "panel-clerk", "view-scrutiny-report", null, null, null, 10));
        Assert.Equal(("stop-search report gwent 2024-07", null), (view.Subject, view.Client));
        Assert.Equal("cli-json", JsonDocument.Parse(view.Detail!).RootElement.GetProperty("format").GetString());
        Assert.Contains("stopsearch-report", cli.RunOk("runs", "list", "--kind", "stopsearch-report"), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, cli.Run("stopsearch", "report", "--month", "July").Exit);
        Assert.Equal(ExitCodes.Usage, cli.Run("stopsearch", "report", "--json", "--csv").Exit);
    }

    private static JsonElement Cell(JsonElement row, int i) => row.GetProperty("cells")[i];

    private static void Import(CliRun cli, string[] rows)
    {
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, string.Join('\n', [Header, .. rows]) + "\n");
        cli.RunOk("import", file);
    }

    // One search on 2024-07-02 + i hours (every search its own time, so that no two rows are the same record).
    private static string Row(int i, string lat, string lon, string self, string officer, bool arrest) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"Person search,{new DateTime(2024, 7, 2, 0, 0, 0, DateTimeKind.Utc).AddHours(i):yyyy-MM-dd'T'HH:mm:ss}+00:00,False,,{lat},{lon},Male,18-24,{self},{officer}," +
        $"Misuse of Drugs Act 1971 (section 23),Controlled drugs,{(arrest ? "Arrest" : "A no further action disposal")},{(arrest ? "True" : "False")},False");
}
