using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>Which searches a summary counts: a force, its months (UK time) and optionally some powers only.</summary>
internal sealed record StopSearchSelection(string Force, YearMonth From, YearMonth To, IReadOnlySet<Legislation>? Legislation = null);
