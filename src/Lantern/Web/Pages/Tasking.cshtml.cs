using System.Globalization;
using Lantern.Cli;
using Lantern.Core.Geography;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Lantern.Web.Endpoints;
using Lantern.Web.Security;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages;

/// <summary>The analyst's and inspector's tasking page: filters, map, ranked table, explanations, adjustments, publishing.</summary>
internal sealed class TaskingModel(StoreAccess stores, TaskingService tasking, AuditTrail audit, TimeProvider time, IOptions<LanternWebOptions> options,
    CoverageCache coverage, CrimeCache crimes, AreaCache areas)
    : PageModel
{
    /// <summary>The forecasting methods the Method filter offers (values as <c>lantern tasking --method</c> takes them), and the force's chosen one.</summary>
    public static IReadOnlyList<(string Value, string Name)> ForecastMethods { get; } =
    [
        ("naive", "naive count"), ("retro", "retrospective kernel"), ("prospective", "prospective hot-spotting"), ("kde", "kernel density, time decay"),
        ("gridsepp", "grid self-exciting"), ("sepp", "continuous self-exciting (slow)"), ("chosen", "the force's chosen method"),
    ];

    public TaskingQuery Query { get; private set; } = new(null, null, null, null, null, null, null, null);

    public IReadOnlyList<string> Forces { get; private set; } = [];

    public IReadOnlyList<string> Levels { get; private set; } = [];

    public string? Force { get; private set; }

    public string DateText { get; private set; } = string.Empty;

    /// <summary>What was wrong with the date asked for, when it was no date; the page then shows today's list.</summary>
    public string? DateProblem { get; private set; }

    public string? BaseLevel { get; private set; }

    public string? TileUrl => options.Value.TileUrl;

    public string? TileAttribution => options.Value.TileAttribution;

    public string? Message { get; private set; }

    /// <summary>Whether the reader may add, suppress and withdraw places: the roles the API's policy for those calls allows.</summary>
    public bool CanAdjust => Roles.Policies.RolesOf[Roles.Policies.Analysis].Any(User.IsInRole);

    public string QueryString => string.Join('&', QueryFields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));

    public IEnumerable<(string Name, string Value)> QueryFields
    {
        get
        {
            yield return ("force", Force ?? string.Empty);
            yield return ("date", DateText);
            if (Query.Top is { } top) { yield return ("top", top.ToString(CultureInfo.InvariantCulture)); }
            if (Query.PerArea is { Length: > 0 } per) { yield return ("perArea", per); }
            if (Query.Area is { Length: > 0 } area) { yield return ("area", area); }
            if (Query.Types is { Length: > 0 } types) { yield return ("types", types); }
            if (Query.Months is { } months) { yield return ("months", months.ToString(CultureInfo.InvariantCulture)); }
            if (Query.CellSize is { } size) { yield return ("cellSize", size.ToString(CultureInfo.InvariantCulture)); }
            if (Query.Method is { Length: > 0 } method) { yield return ("method", method); }
        }
    }

    public void OnGet([FromQuery] TaskingQuery query, string? message)
    {
        Load(query);
        Message = message;
    }

    public async Task<IActionResult> OnPostPublishAsync([FromForm] TaskingQuery query, [FromForm] string? note, CancellationToken ct)
    {
        TaskingPage page = await tasking.GetAsync(TaskingEndpoints.Request(query, HttpContext, time), ct);
        using LanternStore store = stores.Open();
        TaskingPublication p = PublishingService.Publish(store, page, AuditTrail.ActorOf(User), time.GetUtcNow(), note, AuditTrail.ClientOf(HttpContext));
        return Redirect($"/briefing?id={p.Id}");
    }

    public IActionResult OnPostAdjust([FromForm] AdjustPlaceRequest body)
    {
        string message;
        try
        {
            using LanternStore store = stores.Open();
            PlaceAdjustment made = PlaceAdjusting.Record(store, HttpContext, audit, body, time.GetUtcNow());
            message = $"Recorded {made.Action} #{made.Id}: {made.CellName}.";
        }
        catch (CliException e)
        {
            // A form mistake (no reason, an unreadable cell): shown on the page, nothing recorded.
            message = WebText.FromCli(e.Message);
        }

        return Redirect($"/tasking?force={Uri.EscapeDataString(body.Force ?? string.Empty)}&message={Uri.EscapeDataString(message)}");
    }

    private void Load(TaskingQuery query)
    {
        using LanternStore store = stores.Open();
        Forces = coverage.CrimeForces(store);
        Force = ForceOption.Resolve(query.Force) ?? (Forces.Count > 0 ? Forces[0] : null);
        Levels = LevelsCovering(store, Force);
        BaseLevel = Levels.Count > 0 ? Levels[0] : null; // coarsest first
        // Today as a UK clock has it (the UTC date lags it from midnight to 01:00 in summer): the list published is the UK day's.
        string today = UkTime.DateOf(time.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateText = query.Date ?? today;
        if (!DateOnly.TryParseExact(DateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            // The heading repeated what was typed ("Tasking for 2026-13-45") over a list that could not be made.
            DateProblem = $"‘{DateText}’ is not a date (yyyy-MM-dd): the list is for today.";
            DateText = today;
        }

        Query = query;
    }

    /// <summary>
    /// The imported boundary levels, coarsest first, that hold some of the force's crimes (<see cref="AreaCache.LevelsHolding"/>),
    /// tried on at most 512 of them, spread through them, when they are in memory; otherwise every imported level.
    /// </summary>
    private List<string> LevelsCovering(LanternStore store, string? force)
    {
        StoreVersion version = StoreVersion.Read(store);
        List<BngPoint>? sample = null;
        if (force is not null && crimes.Held(force, version.Imports) is { Count: > 0 } points)
        {
            int step = Math.Max(1, points.Count / 512);
            sample = [.. Enumerable.Range(0, (points.Count + step - 1) / step).Select(i => new BngPoint(points.Easting[i * step], points.Northing[i * step]))];
        }

        return [.. areas.LevelsHolding(store, version, sample)];
    }
}
