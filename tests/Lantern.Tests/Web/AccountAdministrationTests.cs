using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lantern.Data.Store;

namespace Lantern.Tests.Web;

/// <summary>Account changes that would leave no one able to administer accounts are refused, on the API and the page.</summary>
public sealed class AccountAdministrationTests
{
    [Fact]
    public async Task TheOnlyActiveAdministrator_CannotBeDisabled_NorLoseTheRole_UntilAnotherHasIt()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        HttpClient admin = await host.ApiClientAsync("administrator");
        long id;
        using (LanternStore store = LanternStore.Open(host.Database))
        {
            id = Account.Find(store, "administrator")!.Id;
        }

        foreach (object change in new object[]
        {
            new { roles = new[] { "administrator" }, disabled = true },
            new { roles = new[] { "analyst" }, disabled = false },
        })
        {
            HttpResponseMessage refused = await admin.PutAsJsonAsync($"api/admin/accounts/{id}", change);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("only active administrator", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (LanternStore store = LanternStore.Open(host.Database))
        {
            Account unchanged = Account.Find(store, id)!;
            Assert.False(unchanged.IsDisabled);
            Assert.Equal(["administrator"], unchanged.RoleList);
            Assert.Empty(AuditEntry.Search(store, null, "account-disable", null, null, null, 10));
        }

        // With a second administrator, the first can step down.
        long second = (await (await admin.PostAsJsonAsync("api/admin/accounts",
            new { userName = "deputy", displayName = "Deputy", password = "a-long-enough-password", roles = new[] { "administrator" } }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.True(second > 0);
        HttpResponseMessage stepDown = await admin.PutAsJsonAsync($"api/admin/accounts/{id}", new { roles = new[] { "analyst" }, disabled = false });
        Assert.Equal(HttpStatusCode.OK, stepDown.StatusCode);
    }
}
