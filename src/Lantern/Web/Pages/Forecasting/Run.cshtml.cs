using Lantern.Cli;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Forecasting;

/// <summary>
/// Starts a backtest from the forecasting page's form (analysts only): the CLI's <see cref="Analysis.BacktestRun"/>, recorded under the
/// signed-in account, queued to run in the background (<see cref="BacktestJobs"/>); then back to the page following the
/// job, or saying at once why it cannot run.
/// </summary>
internal sealed class RunModel(BacktestJobs jobs) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Forecasting/Index");

    public IActionResult OnPost(string? force, string? unit, string? from, string? to, string? types, string? methods, string? coverage, string? choose)
    {
        try
        {
            double? at = FormText.OrNull(choose) is { } c ? double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : null;
            var form = new BacktestForm(force, unit, from, to, types, methods, coverage, at);
            return Redirect($"/forecasting?job={jobs.Start(form.ToRequest(AuditTrail.ActorOf(User))).Id}");
        }
        catch (Exception e) when (e is CliException or FormatException)
        {
            return Redirect("/forecasting?message=" + Uri.EscapeDataString(WebText.FromCli(e.Message)));
        }
    }
}
