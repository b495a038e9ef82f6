using Lantern.Core.StopSearch;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>One borough's searches and figures.</summary>
/// <param name="Code">The borough's ONS code.</param>
/// <param name="Name">Its name, when the boundaries had one.</param>
/// <param name="Summary">Its searches' summary, against its own residents.</param>
/// <param name="Residents">Its census residents, or null (then no rates per 1,000 or ratios).</param>
internal sealed record BoroughRow(string Code, string? Name, StopSearchSummary Summary, AreaResidents? Residents)
{
    /// <summary>The rate the force's outcome test compares: the find rate, or the positive outcome rate where finds are not recorded.</summary>
    public Proportion Measure(OutcomeTestMeasure measure) => measure == OutcomeTestMeasure.FindRate ? Summary.Total.Find : Summary.Total.Positive;
}
