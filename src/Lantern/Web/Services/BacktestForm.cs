using Lantern.Analysis;

namespace Lantern.Web.Services;

/// <summary>
/// A backtest as the forecasting page's form and the API's body ask for it: the texts the CLI takes (methods and coverages
/// comma-separated), a blank one for the command's default. One reading of both, so that the page and the API start the
/// same backtest from the same fields.
/// </summary>
internal sealed record BacktestForm(string? Force, string? Unit, string? From, string? To, string? Types, string? Methods, string? Coverage,
    double? Choose)
{
    /// <summary>The request <see cref="BacktestJobs.Start"/> checks and queues, recorded as <paramref name="by"/>'s.</summary>
    public BacktestRequest ToRequest(string by)
    {
        var defaults = new BacktestRequest { By = by };
        return defaults with
        {
            Force = FormText.OrNull(Force),
            Unit = FormText.OrNull(Unit),
            From = FormText.OrNull(From),
            To = FormText.OrNull(To),
            Types = FormText.OrNull(Types),
            Methods = FormText.OrNull(Methods) ?? defaults.Methods,
            Coverage = FormText.OrNull(Coverage) ?? defaults.Coverage,
            Choose = Choose,
        };
    }
}
