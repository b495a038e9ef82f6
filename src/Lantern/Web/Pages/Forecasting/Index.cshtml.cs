using System.Globalization;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Forecasting;

/// <summary>
/// Forecasting (issue #5): each force's chosen method with its evidence, the recorded backtests, and one backtest as a report
/// with its charts. Analysts start a backtest from here (<see cref="RunModel"/>).
/// </summary>
internal sealed class IndexModel(StoreAccess stores, BacktestJobs jobs, CoverageCache coverage) : PageModel
{
    /// <summary>Seconds between the page's reloads while a job it follows is queued or running.</summary>
    public const int RefreshSeconds = 3;

    /// <summary>Backtests started from this page since the server started, newest first.</summary>
    public IReadOnlyList<BacktestJob> Jobs { get; private set; } = [];

    /// <summary>The job followed (<c>?job=N</c>) while it is queued or running: the page reloads until it is done.</summary>
    public BacktestJob? Following { get; private set; }

    public IReadOnlyList<string> Forces { get; private set; } = [];

    public IReadOnlyList<(long Id, string? Force, string CreatedAt, string CreatedBy)> Runs { get; private set; } = [];

    /// <summary>Per force with a choice: the choice run, its result (ranking and comparisons) and its parameters.</summary>
    public IReadOnlyList<(string Force, long Run, JsonElement Result, JsonElement Parameters)> Choices { get; private set; } = [];

    /// <summary>The backtest shown: its number and the report's body (charts and tables, HTML-encoded by <see cref="BacktestReport"/>).</summary>
    public (long Run, string Body, string Title)? Shown { get; private set; }

    public string? Message { get; private set; }

    public IActionResult OnGet(long? run, string? message, int? job)
    {
        Message = message;
        Jobs = jobs.Recent();
        if (job is { } j)
        {
            switch (jobs.Find(j))
            {
                case { State: BacktestJobState.Done, Run: { } done }:
                    return Redirect($"/forecasting?run={done}");
                case { IsFinished: true } ended:
                    Message ??= $"Backtest job {j}: {ended.Message}";
                    break;
                case { } pending:
                    Following = pending;
                    break;
                default:
                    Message ??= $"There is no backtest job {j} on this server (jobs are kept until it restarts).";
                    break;
            }
        }

        using LanternStore store = stores.Open();
        Forces = coverage.CrimeForces(store);
        Runs = ForecastingView.Backtests(store);
        Choices = ForecastingView.Choices(store, Forces);
        long? id = run ?? (Runs.Count > 0 ? Runs[0].Id : null);
        if (id is { } n && ForecastingView.Backtest(store, n) is { } shown)
        {
            Shown = (n, BacktestReport.Body(shown.Parameters, shown.Inputs, shown.Result),
                string.Create(CultureInfo.InvariantCulture, $"Backtest #{n} for {shown.Force}, {shown.CreatedAt[..10]} by {shown.CreatedBy}"));
        }
        else if (run is not null)
        {
            Message ??= $"There is no backtest run #{run}.";
        }

        return Page();
    }
}
