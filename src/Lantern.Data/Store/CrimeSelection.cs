using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>What to load: a force, a span of months and, optionally, some categories.</summary>
internal sealed record CrimeSelection(string Force, YearMonth From, YearMonth To, IReadOnlySet<CrimeCategory>? Categories = null);
