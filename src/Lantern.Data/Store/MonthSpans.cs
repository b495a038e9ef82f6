using Lantern.Core.StopSearch;
using Lantern.Core.Time;

namespace Lantern.Data.Store;

/// <summary>
/// The first and last search of each month of a selection, as they are read, for the summaries' missing and partial
/// months: a month whose records stop days before its end is suspect (docs/stop-search.md).
/// </summary>
internal sealed class MonthSpans(StopSearchSelection selection)
{
    private readonly long[] _first = Filled(selection, long.MaxValue);
    private readonly long[] _last = Filled(selection, long.MinValue);

    /// <summary>A search of month <paramref name="month"/> (counted from the selection's first) at an instant, UTC ticks.</summary>
    public void Add(int month, long utcTicks)
    {
        _first[month] = Math.Min(_first[month], utcTicks);
        _last[month] = Math.Max(_last[month], utcTicks);
    }

    /// <summary>Adds another part's spans (of the same selection).</summary>
    public void Add(MonthSpans other)
    {
        for (int m = 0; m < _first.Length; m++)
        {
            _first[m] = Math.Min(_first[m], other._first[m]);
            _last[m] = Math.Max(_last[m], other._last[m]);
        }
    }

    /// <summary>Gives each builder every month's first and last UK date.</summary>
    public void AddTo(params IEnumerable<StopSearchSummaryBuilder> builders)
    {
        for (int m = 0; m < _first.Length; m++)
        {
            if (_first[m] <= _last[m])
            {
                YearMonth month = selection.From.PlusMonths(m);
                (DateOnly a, DateOnly b) = (UkTime.DateOf(new DateTimeOffset(_first[m], TimeSpan.Zero)), UkTime.DateOf(new DateTimeOffset(_last[m], TimeSpan.Zero)));
                foreach (StopSearchSummaryBuilder builder in builders)
                {
                    builder.AddMonthSpan(month, a, b);
                }
            }
        }
    }

    private static long[] Filled(StopSearchSelection selection, long value)
    {
        long[] a = new long[selection.To.Index - selection.From.Index + 1];
        Array.Fill(a, value);
        return a;
    }
}
