using System.Net;
using System.Net.Http.Json;
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
}
