using System.Net;
using System.Net.Http.Json;
using Lantern.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Tests.Web;

/// <summary>
/// Every endpoint × every role (and nobody): a role outside the endpoint's policy is refused, a role inside it is let
/// through, nobody is sent to sign in. An endpoint without a declared rule fails this test.
/// </summary>
public sealed class AuthorisationMatrixTests(WebHost host) : IClassFixture<WebHost>
{
    [Fact]
    public async Task EveryEndpoint_EveryRole_AnswersAsItsPolicySays()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20, $"only {endpoints.Count} endpoints found");
        var clients = await Clients();

        var failures = new List<string>();
        foreach (RouteEndpoint e in endpoints)
        {
            string route = e.RoutePattern.RawText ?? "?";
            bool anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            string[] policies = [.. e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()];
            if (!anonymous && policies.Length == 0)
            {
                failures.Add($"{route}: no authorisation rule (name a policy, or AllowAnonymous)");
                continue;
            }

            string[] methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET"];
            string path = Path(route);
            foreach (string method in methods.Take(1))
            {
                // Signing in or out changes the session: those calls get clients of their own.
                bool session = route.StartsWith("/api/session", StringComparison.Ordinal) && method != "GET";
                foreach ((string who, HttpClient shared) in session ? await Clients() : clients)
                {
                    HttpClient client = shared;
                    bool allowed = anonymous || (who != "(anonymous)" && policies.All(p => Roles.Policies.RolesOf[p].Contains(who)));
                    using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
                    if (method is "POST" or "PUT")
                    {
                        request.Content = Body(e);
                    }

                    using HttpResponseMessage r = await client.SendAsync(request);
                    string? location = r.Headers.Location?.ToString();
                    // An open endpoint (sign-in) may answer 401 itself for a wrong password: only a redirect to sign in is a refusal there.
                    bool refused = (!anonymous && r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                        || (r.StatusCode == HttpStatusCode.Redirect && location is not null && (location.Contains("/login", StringComparison.Ordinal) || location.Contains("/denied", StringComparison.Ordinal)));
                    if (allowed == refused)
                    {
                        failures.Add($"{method} {path} as {who}: {(int)r.StatusCode} {location} (expected {(allowed ? "allowed" : "refused")})");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Section60_ReadByThoseWhoSeeAggregates_WrittenByAnalystsAndSupervisors()
    {
        // The register is aggregates (no search is listed): everyone but officers reads it. Recording is for those who hold
        // the written authorisation: analysts and supervisors; not administrators, not scrutiny panels.
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GET /api/stop-search/section60/"] = Roles.Policies.Aggregates,
            ["GET /api/stop-search/section60/{id:long}"] = Roles.Policies.Aggregates,
            ["POST /api/stop-search/section60/"] = Roles.Policies.Section60Register,
            ["POST /api/stop-search/section60/{id:long}/extension"] = Roles.Policies.Section60Register,
            ["POST /api/stop-search/section60/{id:long}/withdrawal"] = Roles.Policies.Section60Register,
        };
        Dictionary<string, string> actual = PoliciesUnder("/api/stop-search/section60");
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal((Roles.Policies.Aggregates, Roles.Policies.Section60Register),
            (PageRules.PolicyOf["/StopSearch/Section60"], PageRules.PolicyOf["/StopSearch/Section60Record"]));
        Assert.Equal([Roles.Analyst, Roles.Supervisor], Roles.Policies.RolesOf[Roles.Policies.Section60Register]);
        Assert.DoesNotContain(Roles.Officer, Roles.Policies.RolesOf[Roles.Policies.Aggregates]);
        Assert.DoesNotContain(Roles.Scrutiny, Roles.Policies.RolesOf[Roles.Policies.Aggregates]);
    }

    [Fact]
    public void Accounts_AdministratorsOnly_EveryChangeIncludingEnabling()
    {
        // Listed, so that a new account endpoint is a decision made here as well as in AdminEndpoints.
        string[] expected =
        [
            "GET /api/admin/accounts", "POST /api/admin/accounts", "PUT /api/admin/accounts/{id:long}", "POST /api/admin/accounts/{id:long}/password",
            "POST /api/admin/accounts/{id:long}/unlock", "POST /api/admin/accounts/{id:long}/enable",
        ];
        Dictionary<string, string> actual = PoliciesUnder("/api/admin/accounts");
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(actual.Values, p => Assert.Equal(Roles.Policies.Administration, p));
        Assert.Equal(Roles.Policies.Administration, PageRules.PolicyOf["/Admin/Accounts"]);
    }

    [Fact]
    public void Forecasting_SeenAsThePageIs_BacktestsStartedByAnalystsAsOnThePage()
    {
        // The API has the pages' policies: reading as /forecasting (analysts and supervisors), starting as /forecasting/run (analysts).
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["GET /api/forecasting/"] = PageRules.PolicyOf["/Forecasting/Index"],
            ["GET /api/forecasting/backtests/{id:long}"] = PageRules.PolicyOf["/Forecasting/Index"],
            ["GET /api/forecasting/jobs/{id:int}"] = PageRules.PolicyOf["/Forecasting/Index"],
            ["POST /api/forecasting/backtests"] = PageRules.PolicyOf["/Forecasting/Run"],
        };
        Dictionary<string, string> actual = PoliciesUnder("/api/forecasting");
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal((Roles.Policies.Tasking, Roles.Policies.Analysis), (PageRules.PolicyOf["/Forecasting/Index"], PageRules.PolicyOf["/Forecasting/Run"]));
    }

    [Fact]
    public void Offenders_PublicProtectionOnly_SubjectAccessTheAdministrators_PersonNeverInTheRoute()
    {
        // Person-level calls take the person id and the justification in the body: no route has a parameter that could
        // carry them into an access log, and none is a GET with person data.
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["POST /api/offenders/list"] = Roles.Policies.PublicProtection,
            ["POST /api/offenders/score"] = Roles.Policies.PublicProtection,
            ["POST /api/offenders/person/view"] = Roles.Policies.PublicProtection,
            ["POST /api/offenders/person/review"] = Roles.Policies.PublicProtection,
            ["POST /api/offenders/export"] = Roles.Policies.PublicProtection,
            ["POST /api/admin/subject-access"] = Roles.Policies.Administration,
        };
        Dictionary<string, string> actual = PoliciesUnder("/api/offenders", "/api/admin/subject-access");
        Assert.Equal(expected.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal((Roles.Policies.PublicProtection, Roles.Policies.PublicProtection, Roles.Policies.Administration),
            (PageRules.PolicyOf["/Offenders/Index"], PageRules.PolicyOf["/Offenders/Person"], PageRules.PolicyOf["/Admin/SubjectAccess"]));
    }

    [Fact]
    public async Task Scrutiny_SeesItsReportAndNothingElse()
    {
        // A scrutiny panel member is let through to the report's page, its CSV and JSON, signing in and out, changing their
        // own password, the start page (which sends them to the report) and the page that says no; every other page and endpoint refuses them, with 403
        // or a redirect to /denied. Checked by calling each one, not by reading the policies.
        string[] theirs =
        [
            "GET /stop-search/scrutiny", "GET /api/stop-search/scrutiny", "GET /api/stop-search/scrutiny/csv", "GET /", "GET /denied", "GET /login", "POST /login",
            "POST /logout", "GET /logout", "GET /api/session", "POST /api/session", "DELETE /api/session", "GET /health",
            "GET /account/password", "POST /account/password", "POST /api/session/password", // their own password
            "GET /status/1", // what an address with no page shows
        ];
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        HttpClient scrutiny = await host.ApiClientAsync("scrutiny");
        var allowed = new List<string>();
        foreach (RouteEndpoint e in endpoints)
        {
            string path = Path(e.RoutePattern.RawText ?? "?") is { Length: > 1 } p ? p.TrimEnd('/') : "/";
            foreach (string method in e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET"])
            {
                // Signing in or out changes the session: those calls get a client of their own.
                bool session = path.StartsWith("/api/session", StringComparison.Ordinal) || path == "/logout";
                HttpClient client = session ? await host.ApiClientAsync("scrutiny") : scrutiny;
                using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
                if (method is "POST" or "PUT")
                {
                    request.Content = Body(e);
                }

                using HttpResponseMessage r = await client.SendAsync(request);
                string? location = r.Headers.Location?.ToString();
                bool refused = r.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                    || (r.StatusCode == HttpStatusCode.Redirect && location is not null && location.Contains("/denied", StringComparison.Ordinal));
                if (!refused)
                {
                    allowed.Add($"{method} {path}");
                }
            }
        }

        Assert.Empty(allowed.Except(theirs));
        Assert.Subset(allowed.ToHashSet(), new HashSet<string> { "GET /stop-search/scrutiny", "GET /api/stop-search/scrutiny", "GET /api/stop-search/scrutiny/csv", "GET /" });
    }

    // Each endpoint whose route starts with one of the prefixes, as "METHOD route", with the policies it names.
    private Dictionary<string, string> PoliciesUnder(params string[] prefixes) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && prefixes.Any(p => raw.StartsWith(p, StringComparison.Ordinal)))
            .ToDictionary(e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0]} {e.RoutePattern.RawText}",
                e => string.Join(",", e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy)), StringComparer.Ordinal);

    // A route with its parameters filled in: 1 for an id, v1 for the OpenAPI document (another name is no route at all, a 404 before authorisation).
    private static string Path(string route) =>
        "/" + string.Join('/', route.TrimStart('/').Split('/').Select(s => s == "{documentName}.json" ? "v1.json" : s.StartsWith('{') ? "1" : s));

    // Form endpoints (uploads) are matched by content type before authorisation: send them a form; others an empty JSON object.
    private static HttpContent Body(RouteEndpoint e) =>
        e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.Ordinal)) == true
            ? new MultipartFormDataContent { { new StringContent("x"), "note" } }
            : JsonContent.Create(new { });

    private async Task<Dictionary<string, HttpClient>> Clients()
    {
        var clients = new Dictionary<string, HttpClient> { ["(anonymous)"] = await host.ClientAsync(null) };
        foreach (string user in WebHost.s_users)
        {
            // Each signed-in client sends its antiforgery token, so that what is tested is authorisation, not the token check.
            clients[user] = await host.ApiClientAsync(user);
        }

        return clients;
    }
}
