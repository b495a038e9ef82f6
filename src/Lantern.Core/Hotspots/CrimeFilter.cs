using System.Diagnostics;
using Lantern.Core.Crimes;
using Lantern.Core.Time;

namespace Lantern.Core.Hotspots;

/// <summary>Which crimes an analysis uses: an inclusive month range and a set of categories.</summary>
internal readonly struct CrimeFilter
{
    private readonly int _firstMonth;
    private readonly int _lastMonth;
    private readonly bool[]? _categories;

    public CrimeFilter(YearMonth? firstMonth, YearMonth? lastMonth, IReadOnlySet<CrimeCategory>? categories)
    {
        _firstMonth = firstMonth?.Index ?? int.MinValue;
        _lastMonth = lastMonth?.Index ?? int.MaxValue;
        if (categories is not null)
        {
            _categories = new bool[CategoryCount];
            foreach (CrimeCategory c in categories)
            {
                Debug.Assert((int)c >= 0 && (int)c < CategoryCount, "Categories are validated by the caller.");
                _categories[(int)c] = true;
            }
        }
    }

    /// <summary>Number of <see cref="CrimeCategory"/> values, the stride of per-cell category counts.</summary>
    public static int CategoryCount { get; } = Enum.GetValues<CrimeCategory>().Length;

    public static CrimeFilter All => new(null, null, null);

    public bool Includes(int monthIndex, CrimeCategory category) =>
        monthIndex >= _firstMonth && monthIndex <= _lastMonth && (_categories is null || ((int)category >= 0 && (int)category < _categories.Length && _categories[(int)category]));
}
