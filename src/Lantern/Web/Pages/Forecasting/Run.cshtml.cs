using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Forecasting;

/// <summary>
/// Starts a backtest from the forecasting page's form (analysts only): the CLI's <see cref="BacktestRun"/>, recorded under the
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
            var request = new BacktestRequest
            {
                Force = Blank(force),
                Unit = Blank(unit),
                From = Blank(from),
                To = Blank(to),
                Types = Blank(types),
                Methods = Blank(methods) ?? "naive,retro,prospective,kde,gridsepp",
                Coverage = Blank(coverage) ?? "1,2,5,10,20",
                Choose = Blank(choose) is { } c ? double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : null,
                By = User.Identity?.Name ?? "web",
            };
            return Redirect($"/forecasting?job={jobs.Start(request).Id}");
        }
        catch (Exception e) when (e is CliException or FormatException)
        {
            return Redirect("/forecasting?message=" + Uri.EscapeDataString(WebText.FromCli(e.Message)));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
