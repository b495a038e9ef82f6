using System.Threading.RateLimiting;
using Lantern.Cli;
using Lantern.Web.Endpoints;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;

namespace Lantern.Web;

/// <summary>
/// The web host (<c>lantern serve</c>): Razor pages for people, a JSON API for everything the pages do (OpenAPI at
/// /openapi/v1.json), cookie sign-in, deny by default, antiforgery on every state-changing call, audit log.
/// </summary>
internal static class LanternWeb
{
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static WebApplication Build(LanternWebOptions options, string urls, TimeProvider time, Action<ILoggingBuilder>? logging = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LanternWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.UseKestrelHttpsConfiguration();
        // ASP.NET Core logs ten lines at Information for every request: 620,000 lines in 15 s of the web benchmark, a
        // volume that would fill a journal (the time it cost was within run-to-run noise: docs/BENCHMARKS.md). Its
        // warnings and errors still show.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging?.Invoke(builder.Logging);
        builder.Services.AddLanternServices(options, time);
        WebApplication app = builder.Build();
        app.UseLanternPipeline(options);
        app.MapLanternEndpoints();
        return app;
    }

    private static void AddLanternServices(this IServiceCollection services, LanternWebOptions options, TimeProvider time)
    {
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(time);
        services.AddSingleton<StoreAccess>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<TaskingService>();
        services.AddSingleton<CrimeCache>();
        services.AddSingleton<AreaCache>();
        services.AddSingleton<CoverageCache>();
        services.AddSingleton<CrimeWarmup>();
        services.AddHostedService(sp => sp.GetRequiredService<CrimeWarmup>());
        services.AddSingleton<BacktestJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<BacktestJobs>());
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        services.AddSingleton<AssetUrls>();
        services.AddResponseCompression();
        services.AddSingleton<ImportService>();
        services.AddMemoryCache(o => o.SizeLimit = 64);
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web/Pages";
            PageRules.Apply(o.Conventions);
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "lantern.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure over TLS, the proxy's included (ReverseProxy)
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "lantern.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(10); // one shift
            o.SlidingExpiration = true;
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/denied";
            o.Events.OnValidatePrincipal = SignInService.ValidateAsync;
            // The API answers 401/403; only pages redirect to the sign-in page.
            o.Events.OnRedirectToLogin = c => ApiStatus(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => ApiStatus(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddLanternPolicies();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Attempts are POSTs, to the API or the sign-in form (one limit for both); showing the form is not an attempt.
            o.AddPolicy(SessionEndpoints.SignInRateLimit, http => !HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("view")
                : RateLimitPartition.GetFixedWindowLimiter(
                    AuditTrail.ClientOf(http) ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    private static AuthorizationBuilder AddLanternPolicies(this AuthorizationBuilder builder)
    {
        foreach ((string name, string[] roles) in Roles.Policies.RolesOf)
        {
            builder.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }

    private static Task ApiStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void UseLanternPipeline(this WebApplication app, LanternWebOptions options)
    {
        app.UseLanternReverseProxy(options.TrustedProxyAddress);
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf, ExceptionHandler = WriteProblem });
        app.UseLanternSecurityHeaders(options.TileUrl);
        // An address with no page (or a page's bare 404) shows a page that says so, with the way back, instead of the
        // browser's own error; the API answers its status as it is, for programs.
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), a => a.UseStatusCodePagesWithReExecute("/status/{0}"));
        AssetUrls assets = app.Services.GetRequiredService<AssetUrls>();
        // Assets are sent compressed when the browser accepts it (Leaflet's script: 147 kB, 43 kB gzipped). Pages are
        // small; the tasking list, the one large API answer, is gzipped once when it is computed (TaskingService).
        app.UseWhen(c => c.Request.Path.StartsWithSegments(AssetUrls.RequestPath), a => a.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets.Files,
            RequestPath = AssetUrls.RequestPath,
            OnPrepareResponse = assets.SetCaching,
        });
        app.UseRouting();
        app.UseLanternNoStoreForPersonData();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TrustedProxyIdentity>();
        app.UseMiddleware<PasswordChangeGate>();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.Use(ValidateApiAntiforgery);
    }

    private static void MapLanternEndpoints(this WebApplication app)
    {
        app.MapOpenApi().RequireAuthorization(Roles.Policies.Staff);
        app.MapSessionEndpoints();
        app.MapTaskingEndpoints();
        app.MapRunEndpoints();
        app.MapForecastingEndpoints();
        app.MapPatrolEndpoints();
        app.MapDataEndpoints();
        app.MapAdminEndpoints();
        app.MapStopSearchEndpoints();
        app.MapStopSearchFigureEndpoints();
        app.MapSection60Endpoints();
        app.MapOffenderEndpoints();
        app.MapGet("/health", () => TypedResults.Text("ok")).WithName("Health").WithSummary("Liveness").AllowAnonymous().ExcludeFromDescription();
        app.MapRazorPages();
    }

    /// <summary>
    /// Every state-changing API call carries the antiforgery token in the X-CSRF-TOKEN header (GET /api/session gives
    /// it): a cookie alone is not enough, so another site cannot make a signed-in browser act. Sign-in itself is exempt
    /// (there is no session to ride yet); pages' forms are checked by Razor Pages.
    /// </summary>
    private static async Task ValidateApiAntiforgery(HttpContext context, RequestDelegate next)
    {
        HttpRequest request = context.Request;
        bool changes = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        bool signIn = HttpMethods.IsPost(request.Method) && request.Path.Equals("/api/session", StringComparison.OrdinalIgnoreCase);
        if (changes && !signIn && request.Path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated == true)
        {
            IAntiforgery antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { title = "Missing or invalid antiforgery token", detail = $"Send the token from GET /api/session in the {AntiforgeryHeader} header." });
                return;
            }
        }

        await next(context);
    }

    /// <summary>
    /// A request's status when it failed: 400 for what the user asked (the analysis code's messages), 503 when the SQLite
    /// file stayed locked by another program writing it (a long import from the command line) past Lantern's wait, 500
    /// for anything else.
    /// </summary>
    internal static int StatusOf(Exception e) =>
        e is CliException ? StatusCodes.Status400BadRequest
        : e is System.Data.Common.DbException db && Lantern.Data.Store.LanternStore.IsLockedByAnother(db) ? StatusCodes.Status503ServiceUnavailable
        : StatusCodes.Status500InternalServerError;

    private static async Task WriteProblem(HttpContext context)
    {
        Exception? e = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        (string title, string detail) = context.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest => ("Bad request", WebText.FromCli(e!.Message)), // only a CliException is a 400
            StatusCodes.Status503ServiceUnavailable => ("Busy", "The database stayed locked for 30 seconds by another program writing to it (an import from " +
                "the command line?), so this request stopped; what it had not finished was undone. Try again in a minute."),
            _ => ("Internal error", "An internal error; it has been logged."),
        };
        if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = "60";
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = context.Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
