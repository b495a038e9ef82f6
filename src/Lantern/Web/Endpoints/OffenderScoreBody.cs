using Lantern.Analysis;
using Lantern.Web.Services;

namespace Lantern.Web.Endpoints;

/// <summary>
/// A scoring of the imported offender records, as the offender page's form and the API's body ask for it: the justification
/// (audited with the run) and the day it is as of (yyyy-MM-dd; blank for the command's default).
/// </summary>
internal sealed record OffenderScoreBody(string? Justification, string? AsOf)
{
    /// <summary>The request <see cref="OffenderRun.Score"/> takes, made by <paramref name="by"/>.</summary>
    public OffenderScoreRequest ToRequest(string by) => new() { AsOf = FormText.OrNull(AsOf), By = by, Justification = Justification };
}
