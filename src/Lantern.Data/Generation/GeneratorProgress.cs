using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>Progress of <see cref="SyntheticForceWriter.WriteAsync"/>, reported after each month is written.</summary>
/// <param name="Month">The month just written.</param>
/// <param name="MonthsDone">Months written so far.</param>
/// <param name="Months">Months in all.</param>
/// <param name="Events">Events written so far.</param>
internal readonly record struct GeneratorProgress(YearMonth Month, int MonthsDone, int Months, long Events);
