using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lantern.Tests.Cli;

namespace Lantern.Tests.Web;

/// <summary>
/// Weaknesses found by the pre-go-live security review, each held shut against the running app: the sign-in form's rate
/// limit, the proxy identity mode's address check, and spreadsheet formulas in exports.
/// </summary>
public sealed class WebHardeningTests
{
    [Fact]
    public async Task SignInForm_IsRateLimitedPerAddress_AsTheApiIs()
    {
        await using WebHost host = await WebHost.StartAsync(o => o.SignInAttemptsPerMinute = 3);
        HttpClient client = await host.ClientAsync(null);
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 5; i++)
        {
            string page = await client.GetStringAsync("login"); // viewing the form is never limited
            string token = Regex.Match(page, """name="__RequestVerificationToken" type="hidden" value="([^"]+)""").Groups[1].Value;
            using var form = new FormUrlEncodedContent([new("UserName", "analyst"), new("Password", "guess-" + i), new("__RequestVerificationToken", token)]);
            statuses.Add((await client.PostAsync("login", form)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task IdentityHeader_FromTheTrustedProxy_SignsTheNamedAccountIn()
    {
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyHeader, o.TrustedProxyAddress) = ("X-Remote-User", "127.0.0.1"));
        HttpClient client = await host.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("X-Remote-User", "supervisor");
        HttpResponseMessage r = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("supervisor", (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("user").GetString());
    }

    [Fact]
    public async Task IdentityHeader_FromAnotherAddress_IsRefused_EvenAnIpv6OneEndingInTheProxysIpv4()
    {
        // ::1 read as IPv4 is 0.0.0.1; IPAddress.MapToIPv4 does that to any IPv6 address, so an address chosen to end in
        // the proxy's four bytes must not pass as the proxy.
        await using WebHost host = await WebHost.StartAsync(o => (o.TrustedProxyHeader, o.TrustedProxyAddress) = ("X-Remote-User", "0.0.0.1"), "http://[::1]:0");
        HttpClient client = await host.ClientAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Add("X-Remote-User", "administrator");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task TaskingCsv_DoesNotCarryImportedTextAsASpreadsheetFormula()
    {
        await using WebHost host = await WebHost.StartAsync(_ => { });
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "3000", "--months", "4", "--end", "2026-09");
        cli.RunOk("import", "--db", host.Database, data);
        // Boundaries come from outside (a GIS team, a download); their codes go into the tasking CSV's area_code column.
        string boundaries = Path.Combine(cli.Directory, "formula-lsoa.geojson");
        File.WriteAllText(boundaries, File.ReadAllText(Path.Combine(data, "boundaries", "lantern-demo-lsoa.geojson"))
            .Replace("\"LSOACD\":\"X", "\"LSOACD\":\"=1+X", StringComparison.Ordinal));
        cli.RunOk("areas", "import", boundaries, "--level", "lsoa", "--db", host.Database);
        HttpClient analyst = await host.ClientAsync("analyst");

        string csv = await analyst.GetStringAsync("api/tasking/csv?force=lantern-demo&date=2026-10-15&months=3&top=5");

        Assert.Contains(",'=1+X0", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+X0", csv, StringComparison.Ordinal);
        Assert.Contains(",-1.", csv, StringComparison.Ordinal); // negative numbers (longitudes west of Greenwich) stay numbers
    }
}
