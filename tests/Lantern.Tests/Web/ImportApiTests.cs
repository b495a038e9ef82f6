using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Tests.Web;

/// <summary>Uploads through the API: imported as the command line imports the same file.</summary>
public sealed class ImportApiTests(WebHost host) : IClassFixture<WebHost>
{
    /// <summary>A data.police.uk stop-and-search file's header, with its line break.</summary>
    internal const string SearchHeader =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing\n";

    [Fact]
    public async Task Upload_StopAndSearchFileNamedAsDataPoliceUkNamesIt_TakesTheForceFromItsName()
    {
        // Stop-and-search rows do not name their force: only the file name does. An upload used to be read under the name
        // it is recorded by ("upload:..."), which says nothing, and was refused.
        const string Csv = SearchHeader +
            "Person search,2024-01-05T10:00:00+00:00,False,,51.5,-0.1,Male,18-24,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs," +
            "A no further action disposal,False,False\n";
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Csv)), "file", "2024-01-metropolitan-stop-and-search.csv");

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        JsonElement file = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("files").EnumerateArray().Single();
        Assert.Equal("upload:2024-01-metropolitan-stop-and-search.csv: stop-and-search, metropolitan: read 1, imported 1, already present 0, rejected 0",
            file.GetProperty("summary").GetString());
        JsonElement coverage = (await analyst.GetFromJsonAsync<JsonElement>("api/coverage?force=metropolitan")).EnumerateArray().Single();
        Assert.Equal(("stop-and-search", "2024-01", 1), (coverage.GetProperty("kind").GetString(), coverage.GetProperty("first").GetString(),
            coverage.GetProperty("rows").GetInt32()));
    }

    [Theory]
    // boundaries for the base layer, as 'lantern areas import' takes them: the analyst had to ask for shell access
    [InlineData("lsoa", "-3.0,51.58],[-2.99,51.58],[-2.99,51.59],[-3.0,51.59],[-3.0,51.58", HttpStatusCode.OK,
        "upload:newport.geojson: 1 lsoa areas (code from 'LSOA21CD', name from 'LSOA21NM'): added 1, updated 0, unchanged 0")]
    // a boundary file says nothing of its level
    [InlineData("", "-3.0,51.58],[-2.99,51.58],[-2.99,51.59],[-3.0,51.59],[-3.0,51.58", HttpStatusCode.BadRequest,
        "newport.geojson: a boundary file needs its level: borough, msoa or lsoa")]
    // Paris: refused whole, with the feature and why
    [InlineData("lsoa", "2.3,48.8],[2.4,48.8],[2.4,48.9],[2.3,48.9],[2.3,48.8", HttpStatusCode.BadRequest,
        "upload:newport.geojson: 1 error(s); nothing imported (a boundary file is imported whole or not at all): ")]
    public async Task Upload_OfBoundaries_ImportsThemAsTheCommandLineDoes(string level, string ring, HttpStatusCode status, string expected)
    {
        string geoJson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"LSOA21CD\":\"W01001680\"," +
            "\"LSOA21NM\":\"Newport 007E\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + ring + "]]]}}]}";
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(geoJson)), "file", "newport.geojson");
        form.Add(new StringContent(level), "level");

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(status, r.StatusCode);
        string body = await r.Content.ReadAsStringAsync();
        if (status == HttpStatusCode.OK)
        {
            Assert.Equal(expected, JsonDocument.Parse(body).RootElement.GetProperty("boundaries").GetString());
            using LanternStore store = LanternStore.Open(host.Database);
            Assert.Contains(AuditEntry.Search(store, "analyst", "import-areas", null, null, null, 10), e => e.Subject == "newport.geojson");
        }
        else
        {
            Assert.Contains(expected, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Upload_ZipWithAReadme_ReportsItSkipped()
    {
        var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var w = new StreamWriter(archive.CreateEntry("2024-04/2024-04-gwent-street.csv").Open()))
            {
                w.Write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
                    "sk1,2024-04,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n");
            }

            using (var w = new StreamWriter(archive.CreateEntry("README.txt").Open()))
            {
                w.Write("Downloaded from data.police.uk");
            }
        }

        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(zip.ToArray()), "file", "april.zip");

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        JsonElement report = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("upload:april.zip!2024-04/2024-04-gwent-street.csv", report.GetProperty("files").EnumerateArray().Single().GetProperty("result").GetProperty("name").GetString());
        Assert.Equal("upload:april.zip!README.txt: skipped, not a .csv or .zip",
            report.GetProperty("skipped").EnumerateArray().Single().GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Upload_OfCrimes_ReadsThemIntoMemoryInTheBackground_BeforeAnyListAsks()
    {
        string csv = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            string.Concat(Enumerable.Range(0, 50).Select(i =>
                $"c{i},2024-03,Gwent Police,Gwent Police,-2.99{i % 10},51.58{i % 7},On or near High Street,W01001680,Newport 007E,Robbery,,\n"));
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "2024-03-gwent-street.csv");

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True(await HoldsWithinAsync(host, "gwent", TimeSpan.FromSeconds(5)), "the uploaded crimes were not read into memory within 5 s");
    }

    /// <summary>Whether the server holds the force's crimes as the store has them now, within <paramref name="wait"/>.</summary>
    private static async Task<bool> HoldsWithinAsync(WebHost server, string force, TimeSpan wait)
    {
        long imports;
        using (LanternStore store = LanternStore.Open(server.Database))
        {
            imports = StoreVersion.Read(store).Imports;
        }

        CrimeCache crimes = server.Services.GetRequiredService<CrimeCache>();
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); !crimes.Holds(force, imports) && waited.Elapsed < wait;)
        {
            await Task.Delay(50);
        }

        return crimes.Holds(force, imports);
    }

    [Fact]
    public async Task ImportFromTheCommandLine_OfCrimes_IsReadIntoMemoryBeforeAnyRequest()
    {
        // A nightly 'lantern import' on the server: the first tasking list of the morning should not wait for the read.
        await using WebHost watching = await WebHost.StartAsync(o => o.ImportWatchInterval = TimeSpan.FromMilliseconds(100));
        await ImportFromTheCommandLineAsync(watching.Database, "2024-05-gwent-street.csv",
            "w1,2024-05,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n");

        Assert.True(await HoldsWithinAsync(watching, "gwent", TimeSpan.FromSeconds(10)), "crimes imported from the command line were not read into memory within 10 s");
        Assert.Empty(watching.Requests.Lines);
    }

    [Fact]
    public async Task Coverage_AfterAnImportFromTheCommandLine_ShowsItsMonth()
    {
        // The server keeps the coverage it counted until the store's files change, whoever imports them.
        HttpClient analyst = await host.ApiClientAsync("analyst");
        Assert.DoesNotContain((await analyst.GetFromJsonAsync<JsonElement>("api/coverage")).EnumerateArray(), s => s.GetProperty("force").GetString() == "cleveland");
        await ImportFromTheCommandLineAsync(host.Database, "2024-02-cleveland-street.csv",
            "cl1,2024-02,Cleveland Police,Cleveland Police,-1.23,54.57,On or near Linthorpe Road,E01012000,Middlesbrough 001A,Robbery,,\n");

        JsonElement coverage = (await analyst.GetFromJsonAsync<JsonElement>("api/coverage?force=cleveland")).EnumerateArray().Single();
        Assert.Equal(("street", "2024-02", 1), (coverage.GetProperty("kind").GetString(), coverage.GetProperty("first").GetString(),
            coverage.GetProperty("rows").GetInt32()));
    }

    /// <summary>Runs <c>lantern import</c> on a street file of <paramref name="rows"/> named <paramref name="fileName"/>, as another program would.</summary>
    private static async Task ImportFromTheCommandLineAsync(string database, string fileName, string rows)
    {
        string dir = Path.Combine(Path.GetTempPath(), $"lantern-cli-import-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string file = Path.Combine(dir, fileName);
            await File.WriteAllTextAsync(file,
                "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" + rows);
            Assert.Equal(0, await Lantern.Cli.LanternCli.RunAsync(["import", file, "--db", database],
                new Lantern.Cli.CliContext(TextWriter.Null, TextWriter.Null, interactive: false, TimeProvider.System, _ => null)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Coverage_PageAndApi_SayWhatTheCommandLineSays_RowsWithoutALocationAndIncompleteMonths()
    {
        // The page and the API left out the CLI's "No location" and "Incomplete" columns: a month whose records stop on the
        // 10th reads as whole, and rows the map cannot show were not counted.
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            "d1,2024-04,Dyfed-Powys Police,Dyfed-Powys Police,-4.08,52.41,On or near Terrace Road,W01000500,Ceredigion 001A,Robbery,,\n" +
            "d2,2024-04,Dyfed-Powys Police,Dyfed-Powys Police,,,No location,,,Robbery,,\n"), "file", "2024-04-dyfed-powys-street.csv");
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync("api/imports", form)).StatusCode);

        JsonElement api = (await analyst.GetFromJsonAsync<JsonElement>("api/coverage?force=dyfed-powys")).EnumerateArray().Single();
        string page = await analyst.GetStringAsync("coverage");

        Assert.Equal(1, api.GetProperty("withoutLocation").GetInt64());
        Assert.Equal(JsonValueKind.Array, api.GetProperty("incomplete").ValueKind);
        Assert.Contains("<th>No location</th>", page, StringComparison.Ordinal);
        Assert.Contains("<th>Incomplete months</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_SavedByOldExcel_ReportsTheRowThatIsNotUtf8AsTheCommandLineDoes()
    {
        // Windows-1252 bytes (a '£' not UTF-8) and old Mac line endings (a lone CR), as a force's file may arrive.
        byte[] csv = Encoding.Latin1.GetBytes(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\r" +
            "dp1,2024-05,Dyfed-Powys Police,Dyfed-Powys Police,-4.08,52.41,On or near Pier Street,W01000500,Ceredigion 004A,Robbery,,\r" +
            "dp2,2024-05,Dyfed-Powys Police,Dyfed-Powys Police,-4.08,52.41,On or near £1 Shop,W01000500,Ceredigion 004A,Shoplifting,,\r");
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(csv), "file", "2024-05-dyfed-powys-street.csv");

        HttpResponseMessage r = await analyst.PostAsync("api/imports", form);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        string? summary = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("files").EnumerateArray().Single().GetProperty("summary").GetString();
        Assert.StartsWith("upload:2024-05-dyfed-powys-street.csv: street, dyfed-powys: read 2, imported 1, already present 0, rejected 1 " +
            "(1 × Location: bytes that are not UTF-8", summary, StringComparison.Ordinal);
    }
}
