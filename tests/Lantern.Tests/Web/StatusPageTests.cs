using System.Data.Common;
using System.Net;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Tests.Shared.Store;
using Lantern.Web;

namespace Lantern.Tests.Web;

/// <summary>An address with no page shows a page that says so and leads back; the API keeps its bare status for programs.</summary>
public sealed class StatusPageTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task AnAddressWithNoPage_SaysSo_WithTheWayBack_ButTheApiKeepsItsBareStatus()
    {
        HttpClient analyst = await host.ClientAsync("analyst");

        HttpResponseMessage page = await analyst.GetAsync("tasking/nowhere");
        HttpResponseMessage api = await analyst.GetAsync("api/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("There is no page at this address.", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/\" id=\"start\">Go to your start page</a>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Empty(await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public void StatusOf_TheStoreKeptLockedByAnotherProgram_Busy_AMistakenRequestBad_ElseInternal()
    {
        string file = Path.Combine(Path.GetTempPath(), $"lantern-locked-{Guid.NewGuid():N}.db");
        try
        {
            using LanternStore store = LanternStore.Open(file);
            DbException locked = SqliteRefusal.WriteLockedByAnother(store, file);
            DbException broken = SqliteRefusal.NoSuchTable(store);

            Assert.Equal(503, LanternWeb.StatusOf(locked));
            Assert.Equal(500, LanternWeb.StatusOf(broken));
            Assert.Equal(400, LanternWeb.StatusOf(new CliException("--months must be between 1 and 60", ExitCodes.Usage)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task SomeoneNotSignedIn_IsSentToSignIn_NotToldWhatExists()
    {
        HttpClient anyone = await host.ClientAsync(null);

        HttpResponseMessage r = await anyone.GetAsync("admin/nowhere");

        // Sent to sign in, as for an address that has a page: whether one exists is not told to someone not signed in.
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.StartsWith("/login", r.Headers.Location?.OriginalString.Replace(host.BaseAddress.ToString(), "/", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
