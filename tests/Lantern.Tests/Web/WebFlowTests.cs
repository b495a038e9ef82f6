using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Lantern.Data.Generation;
using Lantern.Data.Store;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// The analyst's and officer's day through the API, on each store: imports and a publication at the same time lose and
/// break nothing, re-importing changes nothing, and an officer's visit shows in the dosage against the plan.
/// </summary>
public sealed class WebFlowTests
{
    [Fact]
    public Task ImportPublishPatrol_OnSqlite() => ImportPublishPatrol(postgres: false);

    [PostgresFact]
    public Task ImportPublishPatrol_OnPostgres() => ImportPublishPatrol(postgres: true);

    private static async Task ImportPublishPatrol(bool postgres)
    {
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "6000", "--months", "3", "--end", "2025-01");
        string[] files = [.. Directory.GetFiles(data, "*-street.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        Assert.Equal(3, files.Length);

        await using WebHost host = await WebHost.StartAsync(postgres);
        HttpClient analyst = await host.ApiClientAsync("analyst");
        // The synthetic force is in no list of forces: its rows are placed by the file name, which the upload keeps.
        JsonElement first = await Upload(analyst, files[0]);
        // The UK day: an officer's list is the day on a UK clock.
        string today = Lantern.Core.Time.UkTime.DateOf(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var query = new { force = SyntheticForce.Slug, date = today, top = 10 };

        // Two imports and a publication at once: each answers, and nothing is lost or chained twice.
        Task<JsonElement> second = Upload(analyst, files[1]);
        Task<JsonElement> third = Upload(analyst, files[2]);
        Task<HttpResponseMessage> publishing = analyst.PostAsJsonAsync("api/tasking/publications", new { query, note = "morning list" });
        await Task.WhenAll(second, third, publishing);
        HttpResponseMessage published = await publishing;
        Assert.True(published.StatusCode == HttpStatusCode.Created, await published.Content.ReadAsStringAsync());
        JsonElement publication = await published.Content.ReadFromJsonAsync<JsonElement>();
        long publicationId = publication.GetProperty("id").GetInt64();
        Assert.Equal(1, publication.GetProperty("version").GetInt64());

        JsonElement[] reports = [first, await second, await third];
        for (int i = 0; i < files.Length; i++)
        {
            JsonElement result = reports[i].GetProperty("files")[0].GetProperty("result");
            long rows = File.ReadLines(files[i]).Count() - 1;
            Assert.Equal(rows, result.GetProperty("rowsRead").GetInt64());
            Assert.Equal(rows, result.GetProperty("rowsImported").GetInt64() + result.GetProperty("rowsRejected").GetInt64());
        }

        long imported = reports.Sum(r => r.GetProperty("files")[0].GetProperty("result").GetProperty("rowsImported").GetInt64());
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Assert.Equal(imported, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM crime"));
            Assert.Equal(10, TaskingPublication.Places(store, publicationId).Count);
            (long checkedEntries, AuditBreak? broken) = AuditEntry.Verify(store);
            Assert.Null(broken);
            Assert.Equal(11, checkedEntries); // six accounts made (one per role), the analyst's sign-in, three imports and a publication, each chained once
            Assert.Equal(3, AuditEntry.Search(store, "analyst", "import", null, null, null, 10).Count);
            AuditEntry publicationEntry = Assert.Single(AuditEntry.Search(store, "analyst", "publish-tasking", null, null, null, 10));
            Assert.Equal("127.0.0.1", publicationEntry.Client); // from where, as every other web action (it was null)
        }

        // Re-importing a file changes nothing; publishing again makes the next version.
        JsonElement again = (await Upload(analyst, files[1])).GetProperty("files")[0].GetProperty("result");
        Assert.Equal(0, again.GetProperty("rowsImported").GetInt64());
        HttpResponseMessage republished = await analyst.PostAsJsonAsync("api/tasking/publications", new { query, note = "after review" });
        Assert.Equal(2, (await republished.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64());

        // The printed briefing says what the list was made from, for a reader who cannot open the run.
        long version2 = (await analyst.GetFromJsonAsync<JsonElement>("api/tasking/publications")).EnumerateArray().First().GetProperty("id").GetInt64();
        string briefing = WebUtility.HtmlDecode(await (await host.ClientAsync("supervisor")).GetStringAsync($"briefing?id={version2}"));
        Assert.Contains("id=\"basis\">From crimes 2024-02..2025-01 (3 of 12 months; missing 2024-02..2024-10)", briefing, StringComparison.Ordinal);
        Assert.Contains(" · all crime types · top 10 by harm · Cambridge Crime Harm Index by data.police.uk category (cchi-category-", briefing, StringComparison.Ordinal);

        // The officer sees the newest version, arrives at its first place and leaves; the dosage counts the visit.
        HttpClient officer = await host.ApiClientAsync("officer");
        JsonElement patrol = await officer.GetFromJsonAsync<JsonElement>("api/patrol/today");
        long newest = patrol.GetProperty("publication").GetProperty("id").GetInt64();
        Assert.Equal(2, patrol.GetProperty("publication").GetProperty("version").GetInt64());
        Assert.Equal(10, patrol.GetProperty("places").GetArrayLength());
        foreach (string action in new[] { "arrived", "left" })
        {
            HttpResponseMessage tap = await officer.PostAsJsonAsync("api/patrol/visits", new { publication = newest, rank = 1, action });
            Assert.Equal(HttpStatusCode.OK, tap.StatusCode);
        }

        HttpResponseMessage leftTwice = await officer.PostAsJsonAsync("api/patrol/visits", new { publication = newest, rank = 1, action = "left" });
        Assert.Equal(HttpStatusCode.BadRequest, leftTwice.StatusCode);

        JsonElement view = await analyst.GetFromJsonAsync<JsonElement>($"api/tasking/publications/{newest}");
        JsonElement dosage = view.GetProperty("dosage").EnumerateArray().Single(d => d.GetProperty("rank").GetInt64() == 1);
        Assert.Equal(1, dosage.GetProperty("visits").GetInt32());
        Assert.Equal(0, dosage.GetProperty("openVisits").GetInt32());
        Assert.All(view.GetProperty("dosage").EnumerateArray().Where(d => d.GetProperty("rank").GetInt64() != 1),
            d => Assert.Equal(0, d.GetProperty("visits").GetInt32()));

        // A visit entered afterwards is typed as the officer's clock showed it, UK time (midnight in BST is 23:00 UTC the day
        // before), and lies within the list's day: its first minute, which has passed whenever the test runs.
        HttpResponseMessage entered = await officer.PostAsJsonAsync("api/patrol/visits/entered",
            new { publication = newest, rank = 2, arrived = $"{today}T00:00", left = $"{today}T00:01" });
        Assert.True(entered.StatusCode == HttpStatusCode.OK, await entered.Content.ReadAsStringAsync());
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            string arrivedAt = store.Connection.ExecuteScalar<string>("SELECT arrived_at FROM patrol_visit WHERE rank = 2")!;
            DateTime midnight = DateTime.ParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))),
                DateTimeOffset.Parse(arrivedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        }

        // A wall-clock time the UK never had (the clocks go forward at 01:00 GMT) is refused, not guessed.
        HttpResponseMessage skipped = await officer.PostAsJsonAsync("api/patrol/visits/entered",
            new { publication = newest, rank = 2, arrived = "2026-03-29T01:10", left = "2026-03-29T03:00" });
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Contains("does not exist in the UK", await skipped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Upload(HttpClient client, string path)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        HttpResponseMessage r = await client.PostAsync("api/imports", form);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"upload of {Path.GetFileName(path)}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }
}
