using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Forecasting;

/// <summary>
/// Starts a backtest from the forecasting page's form (analysts only): the CLI's <see cref="BacktestRun"/>, recorded under the
/// signed-in account; then back to the page showing it, or the reason it could not run.
/// </summary>
internal sealed class RunModel(StoreAccess stores, TimeProvider time) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Forecasting/Index");

    public IActionResult OnPost(string? force, string? unit, string? from, string? to, string? types, string? methods, string? coverage, string? choose,
        CancellationToken ct)
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
            using LanternStore store = stores.Open();
            BacktestOutcome o = BacktestRun.Compute(store, request, time, ct);
            return Redirect($"/forecasting?run={o.Run}");
        }
        catch (Exception e) when (e is CliException or FormatException)
        {
            return Redirect("/forecasting?message=" + Uri.EscapeDataString(e.Message));
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
