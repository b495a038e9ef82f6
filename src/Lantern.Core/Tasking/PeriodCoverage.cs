using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Core.Tasking;

/// <summary>A period of whole months and which of them the data covers.</summary>
/// <remarks>Immutable and thread safe.</remarks>
public sealed class PeriodCoverage
{
    private readonly YearMonth[] _present;
    private readonly YearMonth[] _missing;

    internal PeriodCoverage(YearMonth first, YearMonth last, IReadOnlySet<YearMonth> present)
    {
        First = first;
        Last = last;
        var p = new List<YearMonth>();
        var m = new List<YearMonth>();
        for (YearMonth month = first; month <= last; month = month.PlusMonths(1))
        {
            (present.Contains(month) ? p : m).Add(month);
        }

        _present = [.. p];
        _missing = [.. m];
    }

    /// <summary>First month.</summary>
    public YearMonth First { get; }

    /// <summary>Last month.</summary>
    public YearMonth Last { get; }

    /// <summary>Months in the period.</summary>
    public int Months => _present.Length + _missing.Length;

    /// <summary>Months the data covers.</summary>
    public IReadOnlyList<YearMonth> Present => _present;

    /// <summary>Months the data does not cover: missing, not months without crime.</summary>
    public IReadOnlyList<YearMonth> Missing => _missing;

    /// <summary>"2024-01..2024-12 (9 of 12 months; missing 2024-03, 2024-06..2024-07)": runs of missing months as ranges.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var runs = new List<string>();
        for (int i = 0; i < _missing.Length;)
        {
            int j = i;
            while (j + 1 < _missing.Length && _missing[j + 1] == _missing[j].PlusMonths(1))
            {
                j++;
            }

            runs.Add(i == j ? _missing[i].ToString() : $"{_missing[i]}..{_missing[j]}");
            i = j + 1;
        }

        string missing = runs.Count == 0 ? "" : "; missing " + string.Join(", ", runs);
        return string.Create(CultureInfo.InvariantCulture, $"{First}..{Last} ({_present.Length} of {Months} months{missing})");
    }
}
