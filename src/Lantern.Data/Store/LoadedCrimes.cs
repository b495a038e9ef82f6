using Lantern.Core.Crimes;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Store;

/// <summary>
/// Crimes loaded for analysis, with what was used: per month, timestamped force-export rows when the month has any,
/// else data.police.uk street rows (one source per month, so no crime is counted twice).
/// </summary>
internal sealed record LoadedCrimes(
    CrimePoints Points,
    IReadOnlyDictionary<YearMonth, SourceKind> SourceByMonth,
    IReadOnlyList<YearMonth> MissingMonths,
    long WithoutLocation);
