using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>Which searches a summary counts: a force, its months (UK time) and optionally some powers only.</summary>
internal sealed record StopSearchSelection(string Force, YearMonth From, YearMonth To, IReadOnlySet<Legislation>? Legislation = null)
{
    /// <summary>
    /// Only searches at or after <c>Start</c> and before <c>End</c>, within the months: a Section 60 authorisation's period.
    /// Null: the whole months.
    /// </summary>
    public (DateTimeOffset Start, DateTimeOffset End)? Window { get; init; }

    /// <summary>
    /// Searches whose "Policing operation" is this text (case ignored) are counted whatever their time and place, once the
    /// power matches: a force export that names the authorisation a search was under. Null: by time and place only.
    /// </summary>
    public string? Operation { get; init; }
}
