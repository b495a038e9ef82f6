using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Data.Store;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// The stop-and-search pages and API on the generator's fictional force (three months, with body-worn video): every page
/// and endpoint shows what <c>lantern stopsearch ... --json</c> prints for the same filters, from the same kind of run;
/// the scrutiny report is suppressed, the same on the page, in its CSV and JSON and on the command line, and every view
/// of it is in the audit log.
/// </summary>
public sealed partial class StopSearchWebTests(StopSearchWebTests.Data data) : IClassFixture<StopSearchWebTests.Data>
{
    private const string Period = "force=lantern-demo&from=2024-11&to=2025-01";

    [Fact]
    public async Task SummaryPageAndApi_ShowWhatTheCliComputes()
    {
        JsonElement cli = data.Cli("stopsearch", "summary", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        HttpClient analyst = await data.Host.ClientAsync("analyst");

        JsonElement api = JsonDocument.Parse(await analyst.GetStringAsync($"api/stop-search/summary?{Period}")).RootElement;
        AssertSameRun(cli, api);

        string page = await analyst.GetStringAsync($"stop-search?{Period}");
        JsonElement result = cli.GetProperty("result");
        Assert.Equal(result.GetProperty("searches").GetInt64().ToString(CultureInfo.InvariantCulture), Attribute(page, "headline", "data-searches"));
        Assert.Equal(result.GetProperty("withoutLocation").GetInt64().ToString(CultureInfo.InvariantCulture), Attribute(page, "headline", "data-without-location"));
        Assert.Equal(
            result.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("month").GetString()!, m.GetProperty("searches").GetInt64().ToString(CultureInfo.InvariantCulture))),
            MonthRow().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).Distinct());
        foreach (JsonProperty field in result.GetProperty("breakdowns").EnumerateObject())
        {
            string table = Between(page, $"id=\"by-{field.Name}\"", "</table>");
            Assert.Equal(field.Value.EnumerateArray().Select(b => (b.GetProperty("key").GetString()!, b.GetProperty("rates").GetProperty("searches").GetInt64().ToString(CultureInfo.InvariantCulture))),
                KeyRow().Matches(table).Select(m => (m.Groups[1].Value, m.Groups[2].Value)));
        }

        // The fictional force has no census residents: the page says so and how to import them, and still shows the rest.
        Assert.Contains("id=\"no-residents\"", page, StringComparison.Ordinal);
        Assert.Contains("lantern population import", page, StringComparison.Ordinal);
        Assert.Contains("id=\"outcome-test\"", page, StringComparison.Ordinal);
        Assert.Contains($"Analysis run #{Attribute(page, "headline", "data-run")}", page, StringComparison.Ordinal);

        // A period left to Lantern: the page says what it chose in the page's words, not the command line's options.
        string chosenPeriod = await analyst.GetStringAsync("stop-search?force=lantern-demo&to=2025-01");
        Assert.Contains("(12 months ending ", chosenPeriod, StringComparison.Ordinal);
        Assert.DoesNotContain("--to", chosenPeriod, StringComparison.Ordinal);

        // Bad filters: a 400 with the command line's message from the API, the message on the page.
        HttpResponseMessage bad = await analyst.GetAsync("api/stop-search/summary?force=lantern-demo&legislation=s999");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'s999' is not a power", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("&#x27;s999&#x27; is not a power", await analyst.GetStringAsync("stop-search?force=lantern-demo&legislation=s999"), StringComparison.Ordinal);

        // Several powers from the form's multiple choice, as the command line's comma-separated list.
        JsonElement two = data.Cli("stopsearch", "summary", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--legislation", "pace-s1,cjpoa-s60", "--json");
        string chosen = await analyst.GetStringAsync($"stop-search?{Period}&legislation=pace-s1&legislation=cjpoa-s60");
        Assert.Equal(two.GetProperty("result").GetProperty("searches").GetInt64().ToString(CultureInfo.InvariantCulture), Attribute(chosen, "headline", "data-searches"));
        AssertSameRun(two, JsonDocument.Parse(await analyst.GetStringAsync($"api/stop-search/summary?{Period}&legislation=pace-s1&legislation=cjpoa-s60")).RootElement);
    }

    [Fact]
    public async Task OtherPages_ShowWhatTheCliComputes()
    {
        HttpClient supervisor = await data.Host.ClientAsync("supervisor");

        JsonElement bwv = data.Cli("stopsearch", "bwv", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        AssertSameRun(bwv, JsonDocument.Parse(await supervisor.GetStringAsync($"api/stop-search/bwv?{Period}")).RootElement);
        string page = await supervisor.GetStringAsync($"stop-search/bwv?{Period}");
        Assert.Equal(bwv.GetProperty("result").GetProperty("total").GetProperty("searches").GetInt64().ToString(CultureInfo.InvariantCulture), Attribute(page, "headline", "data-searches"));
        Assert.Equal(bwv.GetProperty("result").GetProperty("groups").EnumerateArray().Select(g => (g.GetProperty("name").GetString()!, g.GetProperty("searches").GetInt64().ToString(CultureInfo.InvariantCulture))),
            NamedRow().Matches(page).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), m.Groups[2].Value)));

        JsonElement veil = data.Cli("stopsearch", "veil", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        AssertSameRun(veil, JsonDocument.Parse(await supervisor.GetStringAsync($"api/stop-search/veil?{Period}")).RootElement);
        string veilPage = await supervisor.GetStringAsync($"stop-search/veil?{Period}");
        Assert.Equal(veil.GetProperty("result").GetProperty("sample").GetProperty("used").GetInt64().ToString(CultureInfo.InvariantCulture), Attribute(veilPage, "result", "data-used"));

        JsonElement places = data.Cli("stopsearch", "places", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        AssertSameRun(places, JsonDocument.Parse(await supervisor.GetStringAsync($"api/stop-search/places?{Period}")).RootElement);
        Assert.Contains("published no tasking", await supervisor.GetStringAsync($"stop-search/places?{Period}"), StringComparison.Ordinal);

        JsonElement boroughs = data.Cli("stopsearch", "boroughs", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        AssertSameRun(boroughs, JsonDocument.Parse(await supervisor.GetStringAsync($"api/stop-search/boroughs?{Period}")).RootElement);
        string table = await supervisor.GetStringAsync($"stop-search/boroughs?{Period}");
        var rows = CodeRow().Matches(table).Select(m => (m.Groups[1].Value, long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        JsonElement b = boroughs.GetProperty("result");
        Assert.Equal(b.GetProperty("boroughs").GetArrayLength() + 1, rows.Count); // every area and the force
        Assert.Equal(b.GetProperty("force").GetProperty("searches").GetInt64(),
            rows.Where(r => r.Item1 != "lantern-demo").Sum(r => r.Item2) + b.GetProperty("outsideEveryBorough").GetInt64() + b.GetProperty("withoutCoordinates").GetInt64());
    }

    [Fact]
    public async Task ScrutinyReport_TheSameOnThePageInCsvJsonAndCli_Suppressed_AndEveryViewAudited()
    {
        HttpClient scrutiny = await data.Host.ClientAsync("scrutiny");
        JsonElement cli = data.Cli("stopsearch", "report", "--force", "lantern-demo", "--month", "2025-01", "--json");
        JsonElement api = JsonDocument.Parse(await scrutiny.GetStringAsync("api/stop-search/scrutiny?force=lantern-demo&month=2025-01")).RootElement;
        Assert.Equal(cli.GetProperty("parameters").GetRawText(), api.GetProperty("parameters").GetRawText());
        Assert.Equal(cli.GetProperty("result").GetRawText(), api.GetProperty("result").GetRawText());
        Assert.False(api.TryGetProperty("inputs", out _)); // the database and the unsuppressed runs stay in 'lantern runs show'

        // Aggregates only, and no count under 5 anywhere: each shown count is 5 or more, each small one is "<5".
        JsonElement[] cells = [.. api.GetProperty("result").GetProperty("tables").EnumerateArray()
            .SelectMany(t => t.GetProperty("rows").EnumerateArray()).SelectMany(r => r.GetProperty("cells").EnumerateArray())];
        Assert.Contains(cells, c => c.GetProperty("status").GetString() == "small");
        Assert.All(cells.Where(c => c.GetProperty("kind").GetString() == "count" && c.GetProperty("status").GetString() == "shown"),
            c => Assert.True(c.GetProperty("value").GetDouble() >= 5, c.ToString()));
        Assert.All(cells.Where(c => c.GetProperty("status").GetString() == "small"), c => Assert.Equal(("<5", JsonValueKind.Null), (c.GetProperty("text").GetString(), c.GetProperty("value").ValueKind)));
        Assert.DoesNotContain("searchedAt", api.ToString(), StringComparison.OrdinalIgnoreCase);

        // The page: the same tables, and the report's CSV for the panel to download.
        string page = await scrutiny.GetStringAsync("stop-search/scrutiny?force=lantern-demo&month=2025-01");
        Assert.Contains("id=\"scrutiny-report\"", page, StringComparison.Ordinal);
        Assert.Equal(api.GetProperty("result").GetProperty("tables").GetArrayLength(), Regex.Count(page, "<section class=\"report-table"));
        Assert.Contains("/assets/report.css", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/stop-search/scrutiny/csv?force=lantern-demo&amp;month=2025-01\"", page, StringComparison.Ordinal);
        HttpResponseMessage csv = await scrutiny.GetAsync("api/stop-search/scrutiny/csv?force=lantern-demo&month=2025-01");
        string text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("table,row_key,row,column,value,low,high,status,text,note", lines[0]);
        Assert.All(lines.Where(l => l.Contains(",small,", StringComparison.Ordinal)), l => Assert.Contains(",,,,small,<5,fewer than 5", l, StringComparison.Ordinal));
        Assert.Equal(cells.Length, lines.Count(l => !l.StartsWith("report,", StringComparison.Ordinal) && !l.StartsWith("notes,", StringComparison.Ordinal)) - 1);

        // A scrutiny panel lands on its report; every view, in every format, is in the audit log with who and how.
        HttpResponseMessage home = await scrutiny.GetAsync("");
        Assert.Equal("/stop-search/scrutiny", home.Headers.Location?.OriginalString);
        using LanternStore store = LanternStore.Open(data.Host.Database);
        var views = AuditEntry.Search(store, "scrutiny", "view-scrutiny-report", null, null, null, 10);
        Assert.Equal(["api-json", "page", "csv"], views.Select(v => JsonDocument.Parse(v.Detail!).RootElement.GetProperty("format").GetString()).Reverse());
        Assert.All(views, v => Assert.Equal(("stop-search report lantern-demo 2025-01", "127.0.0.1"), (v.Subject, v.Client)));
    }

    [PostgresFact]
    public async Task OnPostgres_TheSameBoroughTableAndReport_AndThePagesWork()
    {
        // The same files into a PostgreSQL store: the borough table and the scrutiny report are the same as on SQLite
        // (one read placed by area, the days with searches, the forces for the forms: SQL both dialects share).
        await using WebHost postgres = await WebHost.StartAsync(postgres: true);
        data.ImportInto(postgres.Database);
        JsonElement sqliteBoroughs = data.Cli("stopsearch", "boroughs", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        JsonElement postgresBoroughs = data.Cli("--db", postgres.Database, "stopsearch", "boroughs", "--force", "lantern-demo", "--from", "2024-11", "--to", "2025-01", "--json");
        Assert.Equal(sqliteBoroughs.GetProperty("result").GetRawText(), postgresBoroughs.GetProperty("result").GetRawText());
        JsonElement sqliteReport = data.Cli("stopsearch", "report", "--force", "lantern-demo", "--month", "2025-01", "--json");
        JsonElement postgresReport = data.Cli("--db", postgres.Database, "stopsearch", "report", "--force", "lantern-demo", "--month", "2025-01", "--json");
        Assert.Equal(sqliteReport.GetProperty("result").GetRawText(), postgresReport.GetProperty("result").GetRawText());

        HttpClient analyst = await postgres.ClientAsync("analyst"), scrutiny = await postgres.ClientAsync("scrutiny");
        string page = await analyst.GetStringAsync($"stop-search?{Period}");
        Assert.Contains("<option value=\"lantern-demo\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("id=\"scrutiny-report\"", await scrutiny.GetStringAsync("stop-search/scrutiny"), StringComparison.Ordinal);
    }

    // A run from the API is the run the command line makes for the same filters: its parameters, inputs and result (only the run's number differs).
    private static void AssertSameRun(JsonElement cli, JsonElement api)
    {
        Assert.Equal(cli.GetProperty("parameters").GetRawText(), api.GetProperty("parameters").GetRawText());
        Assert.Equal(cli.GetProperty("inputs").GetRawText(), api.GetProperty("inputs").GetRawText());
        Assert.Equal(cli.GetProperty("result").GetRawText(), api.GetProperty("result").GetRawText());
        Assert.NotEqual(cli.GetProperty("run").GetInt64(), api.GetProperty("run").GetInt64());
    }

    private static string Attribute(string page, string id, string name)
    {
        Match m = Regex.Match(page, $"id=\"{id}\"[^>]*\\b{name}=\"([^\"]*)\"");
        Assert.True(m.Success, $"no {name} on #{id}");
        return m.Groups[1].Value;
    }

    private static string Between(string text, string start, string end)
    {
        int i = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{start}' not found");
        return text[i..text.IndexOf(end, i, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<tr data-month=\"([0-9-]+)\" data-searches=\"(\\d+)\"")]
    private static partial Regex MonthRow();

    [GeneratedRegex("<tr data-key=\"(\\w+)\" data-searches=\"(\\d+)\"")]
    private static partial Regex KeyRow();

    [GeneratedRegex("<tr data-name=\"([^\"]+)\" data-searches=\"(\\d+)\"")]
    private static partial Regex NamedRow();

    [GeneratedRegex("<tr (?:class=\"total\" )?data-code=\"([^\"]+)\" data-searches=\"(\\d+)\"")]
    private static partial Regex CodeRow();

    /// <summary>A web host with the fictional force's three months of searches (2024-11 to 2025-01) and its areas imported as boroughs.</summary>
    public sealed class Data : IAsyncLifetime, IDisposable
    {
        private readonly CliRun _cli = new();

        public WebHost Host { get; } = new();

        public async Task InitializeAsync()
        {
            await Host.InitializeAsync();
            _cli.RunOk("generate", "--out", Path.Combine(_cli.Directory, "data"), "--events", "20000", "--months", "3", "--end", "2025-01");
            ImportInto(Host.Database);
        }

        /// <summary>Imports the force's stop-and-search exports and its areas, as boroughs, into a store.</summary>
        public void ImportInto(string database)
        {
            string dir = Path.Combine(_cli.Directory, "data");
            _cli.RunOk(["--db", database, "import", .. Directory.GetFiles(Path.Combine(dir, "force-export"), "*stop-search*").Order(StringComparer.Ordinal)]);
            // The synthetic town's LSOA boundaries stand in for boroughs: the table is of whatever areas the level holds.
            _cli.RunOk("--db", database, "areas", "import", Path.Combine(dir, "boundaries", "lantern-demo-lsoa.geojson"), "--level", "borough",
                "--code-property", "LSOACD", "--name-property", "LSOANM");
        }

        /// <summary>Runs the command line on the host's database (or the --db given first) and parses its JSON.</summary>
        public JsonElement Cli(params string[] args) =>
            JsonDocument.Parse(_cli.RunOk(args.Length > 0 && args[0] == "--db" ? args : ["--db", Host.Database, .. args])).RootElement;

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            Dispose();
        }

        public void Dispose() => _cli.Dispose();
    }
}
