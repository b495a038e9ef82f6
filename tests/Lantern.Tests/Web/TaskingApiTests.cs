using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// The tasking page's data endpoint: a list is computed once for the same filters and data, from crimes kept in memory,
/// and never served from before a data change; browsers that accept gzip get it gzipped.
/// </summary>
public sealed class TaskingApiTests(WebHost host) : IClassFixture<WebHost>
{
    private const string Query = "api/tasking?force=lantern-demo&date=2026-10-15&months=3&top=10";

    [Fact]
    public async Task TaskingList_IsKeptForTheSameFilters_MadeAgainAfterAnImport_AndGzippedWhenAccepted()
    {
        using var cli = new CliRun();
        string data = ImportAllButTheLastMonth(cli);
        string[] last = [Path.Combine(data, "2026-09"), Path.Combine(data, "force-export", "lantern-demo-2026-09.csv")];

        HttpClient analyst = await host.ClientAsync("analyst");
        JsonElement first = await analyst.GetFromJsonAsync<JsonElement>(Query);
        JsonElement again = await analyst.GetFromJsonAsync<JsonElement>(Query);
        Assert.Equal(first.GetProperty("run").GetInt64(), again.GetProperty("run").GetInt64()); // the same list, not a new run
        Assert.StartsWith("2026-06..2026-08", first.GetProperty("result").GetProperty("lookBack").GetString(), StringComparison.Ordinal);

        // Other filters: a new list, from the same crimes in memory.
        JsonElement wider = await analyst.GetFromJsonAsync<JsonElement>(Query + "&cellSize=300");
        Assert.NotEqual(first.GetProperty("run").GetInt64(), wider.GetProperty("run").GetInt64());
        Assert.Equal(300, wider.GetProperty("cellSize").GetInt32());

        // A new month imported: the next request sees it.
        cli.RunOk(["import", "--db", host.Database, .. last]);
        JsonElement after = await analyst.GetFromJsonAsync<JsonElement>(Query);
        Assert.NotEqual(first.GetProperty("run").GetInt64(), after.GetProperty("run").GetInt64());
        Assert.StartsWith("2026-07..2026-09", after.GetProperty("result").GetProperty("lookBack").GetString(), StringComparison.Ordinal);

        // And the list is what the command line makes from the store for the same filters.
        using JsonDocument fromCli = JsonDocument.Parse(cli.RunOk("tasking", "--db", host.Database, "--force", "lantern-demo", "--date", "2026-10-15",
            "--months", "3", "--top", "10", "--json"));
        Assert.Equal(Places(fromCli.RootElement.GetProperty("result")), Places(after.GetProperty("result")));

        // A list made on the web is reproduced from its record by 'lantern runs check'; the one made before the new month is not.
        string Run(JsonElement list) => list.GetProperty("run").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", "--db", host.Database, Run(after)), StringComparison.Ordinal);
        Assert.Equal(Lantern.Cli.ExitCodes.BadInput, cli.Run("runs", "check", "--db", host.Database, Run(first)).Exit);
        // The same check on the web, for whoever reviews the list (from the crimes in memory).
        JsonElement checkedNow = await analyst.GetFromJsonAsync<JsonElement>($"api/runs/{Run(after)}/check");
        Assert.True(checkedNow.GetProperty("identical").GetBoolean());
        JsonElement checkedBefore = await analyst.GetFromJsonAsync<JsonElement>($"api/runs/{Run(first)}/check");
        Assert.False(checkedBefore.GetProperty("reproduced").GetBoolean());
        Assert.Contains(checkedBefore.GetProperty("inputs").EnumerateArray(), d => d.GetProperty("path").GetString() == "monthsBySource");

        byte[] plain = await analyst.GetByteArrayAsync(Query);
        using var request = new HttpRequestMessage(HttpMethod.Get, Query);
        request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
        HttpResponseMessage r = await analyst.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("gzip", Assert.Single(r.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", r.Headers.Vary);
        byte[] sent = await r.Content.ReadAsByteArrayAsync();
        using var unzip = new GZipStream(new MemoryStream(sent), CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await unzip.CopyToAsync(unzipped);
        Assert.Equal(plain, unzipped.ToArray());
        Assert.True(sent.Length < plain.Length / 3, $"gzip sent {sent.Length:N0} of {plain.Length:N0} bytes");
    }

    [Fact]
    public async Task TaskingLists_AskedForAtOnce_TheSameComputedOnce_DifferentOnesEachTheirOwn()
    {
        using var cli = new CliRun();
        ImportAllButTheLastMonth(cli);
        HttpClient analyst = await host.ClientAsync("analyst");

        // Twelve clients at once: six want one list, six want six others.
        string same = Query + "&cellSize=200";
        string[] asked = [.. Enumerable.Repeat(same, 6), .. Enumerable.Range(0, 6).Select(i => Query + $"&cellSize={250 + (50 * i)}")];
        JsonElement[] lists = await Task.WhenAll(asked.Select(q => analyst.GetFromJsonAsync<JsonElement>(q)));
        long[] runs = [.. lists.Select(l => l.GetProperty("run").GetInt64())];
        Assert.Single(runs.Take(6).Distinct()); // computed once, recorded once
        Assert.Equal(7, runs.Distinct().Count());
        for (int i = 0; i < asked.Length; i++)
        {
            // Each is the list its own filters make, whatever ran beside it.
            JsonElement alone = await analyst.GetFromJsonAsync<JsonElement>(asked[i]);
            Assert.Equal(runs[i], alone.GetProperty("run").GetInt64());
            Assert.Equal(i < 6 ? 200 : 250 + (50 * (i - 6)), lists[i].GetProperty("cellSize").GetInt32());
        }

        using JsonDocument fromCli = JsonDocument.Parse(cli.RunOk("tasking", "--db", host.Database, "--force", "lantern-demo", "--date", "2026-10-15",
            "--months", "3", "--top", "10", "--cell-size", "400", "--json"));
        Assert.Equal(Places(fromCli.RootElement.GetProperty("result")), Places(lists[9].GetProperty("result")));
    }

    [Fact]
    public async Task TaskingList_HarmWrittenAsTheReasonsAndBriefingWriteIt_SeedAsAString()
    {
        // The page rounded the raw harm itself (JavaScript's Math.round, a half up) beside reasons written by .NET (a half
        // to even): "harm 102,218 days" in a place's reason over "102,219" in its table row. And it read the 64-bit seed
        // as a JavaScript number: 3689912744915261371 became 3689912744915261400.
        using var cli = new CliRun();
        ImportAllButTheLastMonth(cli);
        HttpClient analyst = await host.ClientAsync("analyst");

        JsonElement list = await analyst.GetFromJsonAsync<JsonElement>(Query);

        string unit = list.GetProperty("harmUnit").GetString()!;
        var harms = new List<double>();
        foreach (JsonElement place in list.GetProperty("result").GetProperty("places").EnumerateArray())
        {
            double harm = place.GetProperty("harm").GetDouble();
            string shown = place.GetProperty("harmText").GetString()!;
            Assert.Equal(Lantern.Core.Harm.HarmFigure.Whole(harm), shown); // as the briefing and the command line's table write it
            Assert.Contains($"harm {shown} {unit}", place.GetProperty("reason").GetString(), StringComparison.Ordinal);
            harms.Add(harm);
            foreach (JsonElement category in place.GetProperty("byCategory").EnumerateArray())
            {
                Assert.Equal(Lantern.Core.Harm.HarmFigure.Whole(category.GetProperty("harm").GetDouble()), category.GetProperty("harmText").GetString());
                harms.Add(category.GetProperty("harm").GetDouble());
            }
        }

        // Public order weighs 7.5 days: an odd count of them is a half, the figure the page wrote one higher than the reason.
        Assert.Contains(harms, h => h % 1 == 0.5);

        // The seed as a string, the same digits as the run's record, which keeps it a number (as 'lantern tasking --json' prints it).
        JsonElement seed = list.GetProperty("parameters").GetProperty("seed");
        Assert.Equal(JsonValueKind.String, seed.ValueKind);
        using JsonDocument fromCli = JsonDocument.Parse(cli.RunOk("tasking", "--db", host.Database, "--force", "lantern-demo", "--date", "2026-10-15",
            "--months", "3", "--top", "10", "--json"));
        JsonElement recorded = fromCli.RootElement.GetProperty("parameters").GetProperty("seed");
        Assert.Equal(JsonValueKind.Number, recorded.ValueKind);
        Assert.Equal(recorded.GetRawText(), seed.GetString());
        Assert.Contains(list.GetProperty("result").GetProperty("automaticChoices").EnumerateArray(),
            c => c.GetString()!.StartsWith($"seed: {seed.GetString()} ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BoundariesRenamedWhileServed_TheNextListNamesThePlacesAnew_TheStoreSharedWhileServedOnly()
    {
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "3000", "--months", "3", "--end", "2026-09");
        string lsoas = Path.Combine(data, "boundaries", "lantern-demo-lsoa.geojson");
        string renamed = Path.Combine(cli.Directory, "renamed-lsoa.geojson");
        File.WriteAllText(renamed, File.ReadAllText(lsoas).Replace("\"LSOANM\":\"Lanternbury", "\"LSOANM\":\"Renamed", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllText(lsoas), File.ReadAllText(renamed));

        await using WebHost web = await WebHost.StartAsync(postgres: false);
        cli.RunOk("import", "--db", web.Database, Path.Combine(data, "force-export"));
        cli.RunOk("areas", "import", lsoas, "--level", "lsoa", "--db", web.Database);
        HttpClient analyst = await web.ClientAsync("analyst");
        Assert.Equal("wal", JournalMode(web.Database)); // readers and the writer of each new list's run do not wait for each other

        JsonElement before = await analyst.GetFromJsonAsync<JsonElement>(Query);
        Assert.All(AreaNames(before), n => Assert.StartsWith("Lanternbury ", n, StringComparison.Ordinal));

        // The boundaries the lists' area names come from are kept between lists; new names from a re-import are seen.
        cli.Time.Now = cli.Time.Now.AddSeconds(1); // the version of the boundaries is their latest import time (the test's clock stands still)
        cli.RunOk("areas", "import", renamed, "--level", "lsoa", "--db", web.Database);
        JsonElement after = await analyst.GetFromJsonAsync<JsonElement>(Query);
        Assert.NotEqual(before.GetProperty("run").GetInt64(), after.GetProperty("run").GetInt64());
        Assert.Equal(AreaNames(before).Select(n => n.Replace("Lanternbury ", "Renamed ", StringComparison.Ordinal)), AreaNames(after));

        await web.StopAsync();
        Assert.Equal("delete", JournalMode(web.Database)); // a stopped server leaves the journal imports are fastest with

        static List<string> AreaNames(JsonElement list) =>
            [.. list.GetProperty("result").GetProperty("places").EnumerateArray().Select(p => p.GetProperty("areaName").GetString()!)];
    }

    /// <summary>
    /// Generates six months of the demo force to 2026-09 and imports all but the last: what each test here starts with, the
    /// class sharing one store in either order (a file imported again is skipped). Returns the generated folder.
    /// </summary>
    private string ImportAllButTheLastMonth(CliRun cli)
    {
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "6000", "--months", "6", "--end", "2026-09");
        cli.RunOk(["import", "--db", host.Database, .. Directory.GetDirectories(data, "2026-0*").Concat(Directory.GetFiles(Path.Combine(data, "force-export")))
            .Where(p => !p.Contains("2026-09", StringComparison.Ordinal))]);
        return data;
    }

    private static string JournalMode(string database)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    private static List<string> Places(JsonElement result) =>
        [.. result.GetProperty("places").EnumerateArray().Select(p => $"{p.GetProperty("cell").GetString()} {p.GetProperty("harm").GetDouble()}")];
}
