using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>Adding and suppressing places through the API: recorded with the reason, audited, bad input refused.</summary>
public sealed class PlaceAdjustmentApiTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task Suppress_IsRecordedAndAudited_AndWithoutAReasonIsRefused()
    {
        HttpClient analyst = await host.ApiClientAsync("analyst");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context\n" +
            "r1,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,\n"), "file", "2024-07-gwent-street.csv");
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsync("api/imports", form)).StatusCode);

        HttpResponseMessage ok = await analyst.PostAsJsonAsync("api/tasking/places",
            new { force = "gwent", cell = "150m-E331050-N188100", action = "suppress", reason = "building site, no public access" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);

        // The address the 201 names answers with the adjustment, in the list's own shape: no projection WKT per row.
        JsonElement made201 = await ok.Content.ReadFromJsonAsync<JsonElement>();
        HttpResponseMessage atLocation = await analyst.GetAsync(ok.Headers.Location!.ToString().TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, atLocation.StatusCode);
        JsonElement one = await atLocation.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(made201.GetProperty("id").GetInt64(), one.GetProperty("id").GetInt64());
        Assert.Equal("150m-E331050-N188100", one.GetProperty("cellName").GetString());
        Assert.False(one.TryGetProperty("grid", out _), one.ToString());
        Assert.DoesNotContain("PROJCS", one.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("api/tasking/places/987654")).StatusCode);
        HttpResponseMessage noReason = await analyst.PostAsJsonAsync("api/tasking/places",
            new { force = "gwent", cell = "150m-E331050-N188100", action = "suppress", reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        HttpResponseMessage typo = await analyst.PostAsJsonAsync("api/tasking/places",
            new { force = "gwnet", cell = "150m-E331050-N188100", action = "suppress", reason = "building site" });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode); // a force with no crimes: no list would ever show it
        Assert.Contains("No crimes for gwnet: an adjustment is for a force's tasking lists (forces held: gwent)", await typo.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        using LanternStore store = LanternStore.Open(host.Database);
        PlaceAdjustment made = Assert.Single(PlaceAdjustment.List(store, "gwent", includeWithdrawn: true));
        Assert.Equal(("suppress", "analyst", "building site, no public access"), (made.Action, made.MadeBy, made.Reason));
        Assert.Single(AuditEntry.Search(store, "analyst", "suppress-place", null, null, null, 10));
    }

    [Fact]
    public async Task Adjustments_ListedForSupervisorsWithTheirPlace_WithdrawnByAnalystsOnly_AsTheTaskingPageOffers()
    {
        // The tasking page lists the force's adjustments from GET /api/tasking/places and withdraws one with DELETE; before,
        // it showed neither, and a supervisor reviewing the list before publishing could not see what had been suppressed.
        using (var cli = new Cli.CliRun())
        {
            cli.RunOk("import", Cli.TaskingCommandTests.Generate(cli), "--db", host.Database); // a page with places, not "no crimes yet"
        }

        long id;
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            // Recorded directly: the class's other test counts the analyst's audited suppressions.
            id = PlaceAdjustment.Record(store, "lantern-demo", new Lantern.Core.Geography.GridSpec(150), new Lantern.Core.Geography.CellId(2932, 1998),
                PlaceAdjustment.Suppress, "inside the prison wall", "analyst", DateTimeOffset.UtcNow);
        }

        HttpClient supervisor = await host.ApiClientAsync("supervisor");
        JsonElement listed = Assert.Single((await supervisor.GetFromJsonAsync<JsonElement>("api/tasking/places?force=lantern-demo")).EnumerateArray());
        Assert.Equal((id, "150m-E439800-N299700", "suppress", "inside the prison wall", "analyst"), (listed.GetProperty("id").GetInt64(),
            listed.GetProperty("cellName").GetString(), listed.GetProperty("action").GetString(), listed.GetProperty("reason").GetString(),
            listed.GetProperty("madeBy").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.DeleteAsync($"api/tasking/places/{id}")).StatusCode);

        // The page offers Withdraw to those the API lets withdraw, and the list to both.
        const string Page = "tasking?force=lantern-demo&date=2025-02-03";
        string analystPage = await (await host.ClientAsync("analyst")).GetStringAsync(Page);
        string supervisorPage = await (await host.ClientAsync("supervisor")).GetStringAsync(Page);
        Assert.Matches("id=\"adjustments\"[^>]*data-force=\"lantern-demo\"[^>]*data-can-withdraw=\"true\"", analystPage);
        Assert.Contains(">Withdraw<", analystPage, StringComparison.Ordinal);
        Assert.Matches("id=\"adjustments\"[^>]*data-force=\"lantern-demo\"[^>]*data-can-withdraw=\"false\"", supervisorPage);
        Assert.DoesNotContain(">Withdraw<", supervisorPage, StringComparison.Ordinal); // the Withdraw column's heading

        HttpClient analyst = await host.ApiClientAsync("analyst");
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.DeleteAsync($"api/tasking/places/{id}")).StatusCode);
        JsonElement withdrawn = Assert.Single((await supervisor.GetFromJsonAsync<JsonElement>("api/tasking/places?force=lantern-demo")).EnumerateArray());
        Assert.Equal("analyst", withdrawn.GetProperty("withdrawnBy").GetString());
    }
}
