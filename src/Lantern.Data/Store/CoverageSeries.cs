using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Store;

/// <summary>One force and kind of data, month by month.</summary>
internal sealed record CoverageSeries(string Force, SourceKind Kind, IReadOnlyList<CoverageMonth> Months)
{
    public YearMonth First => Months[0].Month;

    public YearMonth Last => Months[^1].Month;

    public long Rows => Months.Sum(m => m.Rows);

    /// <summary>Months between the first and last with no rows: missing, not zero.</summary>
    public IReadOnlyList<YearMonth> Missing
    {
        get
        {
            var present = Months.Select(m => m.Month.Index).ToHashSet();
            var missing = new List<YearMonth>();
            for (int i = First.Index; i <= Last.Index; i++)
            {
                if (!present.Contains(i))
                {
                    missing.Add(YearMonth.FromIndex(i));
                }
            }

            return missing;
        }
    }

    /// <summary>Stop-and-search months whose records stop well before the month's end (the source month may be incomplete).</summary>
    public IReadOnlyList<CoverageMonth> Incomplete => Months.Where(m => m.IsIncomplete).ToList();
}
