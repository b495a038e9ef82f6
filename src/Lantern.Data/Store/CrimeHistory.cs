using System.Diagnostics;
using Lantern.Core.Crimes;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Store;

/// <summary>
/// A force's crimes over a span of months, read once (<see cref="CrimeQuery.LoadHistory"/>) and cut into the
/// <see cref="LoadedCrimes"/> of any selection inside it, exactly as <see cref="CrimeQuery.Load"/> would read them:
/// the web keeps one per force while the imported data is unchanged, so a new filter costs the analysis, not the read.
/// </summary>
/// <remarks>Immutable and thread safe. Points are in the order they are read: by month, then by row id.</remarks>
internal sealed class CrimeHistory
{
    private readonly bool _whole;
    private readonly IReadOnlyDictionary<(int Month, CrimeCategory Category), long> _withoutLocation;

    internal CrimeHistory(CrimeSelection span, bool whole, CrimePoints points, SortedDictionary<YearMonth, SourceKind> sourceByMonth,
        IReadOnlyDictionary<(int Month, CrimeCategory Category), long> withoutLocation)
    {
        Span = span;
        _whole = whole;
        Points = points;
        SourceByMonth = sourceByMonth;
        _withoutLocation = withoutLocation;
    }

    /// <summary>The force, months and categories read. A whole history holds every month of the force's data.</summary>
    public CrimeSelection Span { get; }

    /// <summary>The located crimes read, in month order.</summary>
    public CrimePoints Points { get; }

    /// <summary>The source chosen for each month that has data (force export when the month has any).</summary>
    public SortedDictionary<YearMonth, SourceKind> SourceByMonth { get; }

    /// <summary>
    /// The crimes of <paramref name="selection"/>: the same force, months inside the span read (any months for a whole
    /// history) and the categories read or fewer. A selection of everything read shares <see cref="Points"/>.
    /// </summary>
    public LoadedCrimes Select(CrimeSelection selection)
    {
        Debug.Assert(selection.Force == Span.Force, "a history holds one force");
        Debug.Assert(_whole || (selection.From >= Span.From && selection.To <= Span.To), "a partial history answers only inside its span");
        Debug.Assert(Span.Categories is null || (selection.Categories is not null && selection.Categories.IsSubsetOf(Span.Categories)),
            "a history read for some categories answers only for those");

        bool allMonths = selection.From <= Span.From && selection.To >= Span.To;
        bool allCategories = selection.Categories is null || (Span.Categories is not null && Span.Categories.SetEquals(selection.Categories));
        CrimePoints points = allMonths && allCategories ? Points : Cut(selection);

        var sourceByMonth = new SortedDictionary<YearMonth, SourceKind>();
        var missing = new List<YearMonth>();
        for (YearMonth m = selection.From; m <= selection.To; m = m.PlusMonths(1))
        {
            if (SourceByMonth.TryGetValue(m, out SourceKind kind))
            {
                sourceByMonth[m] = kind;
            }
            else
            {
                missing.Add(m);
            }
        }

        long withoutLocation = 0;
        foreach (((int month, CrimeCategory category), long count) in _withoutLocation)
        {
            if (month >= selection.From.Index && month <= selection.To.Index && (selection.Categories is null || selection.Categories.Contains(category)))
            {
                withoutLocation += count;
            }
        }

        return new LoadedCrimes(points, sourceByMonth, missing, withoutLocation);
    }

    private CrimePoints Cut(CrimeSelection selection)
    {
        ReadOnlySpan<int> months = Points.MonthIndex;
        int start = FirstAtOrAfter(months, selection.From.Index);
        int end = FirstAtOrAfter(months, selection.To.Index + 1);
        IReadOnlySet<CrimeCategory>? wanted = selection.Categories;
        if (wanted is null)
        {
            return Points.Slice(start, end - start); // a run of whole months: shared, not copied
        }

        ReadOnlySpan<double> easting = Points.Easting, northing = Points.Northing, harm = Points.Harm;
        ReadOnlySpan<CrimeCategory> category = Points.Category;
        ReadOnlySpan<long> from = Points.FromTicks, to = Points.ToTicks;
        var builder = new CrimePointsBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            if (wanted.Contains(category[i]))
            {
                builder.Add(easting[i], northing[i], category[i], harm[i], YearMonth.FromIndex(months[i]),
                    from[i] == 0 ? null : new DateTime(from[i]), to[i] == 0 ? null : new DateTime(to[i]));
            }
        }

        return builder.Build();
    }

    /// <summary>The index of the first month index at or after <paramref name="month"/> in a sorted span.</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<int> sorted, int month)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < month)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
