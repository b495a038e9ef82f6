namespace Lantern.Core.Disclosure;

/// <summary>Which counts of a publication may be shown (<see cref="SuppressionBuilder"/>). Immutable.</summary>
public sealed class Suppression
{
    private readonly CellStatus[] _statuses;

    internal Suppression(CellStatus[] statuses, long threshold)
    {
        _statuses = statuses;
        Threshold = threshold;
    }

    /// <summary>Counts below this were withheld.</summary>
    public long Threshold { get; }

    /// <summary>Each count's status, by number.</summary>
    public IReadOnlyList<CellStatus> Statuses => _statuses;

    /// <summary>How many counts were withheld as secondaries (not small themselves).</summary>
    public int SecondaryCount => _statuses.Count(s => s == CellStatus.Secondary);

    /// <summary>A count's status.</summary>
    /// <param name="cell">The count's number.</param>
    /// <returns>Its status.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="cell"/> is not a count's number.</exception>
    public CellStatus this[int cell] => _statuses[cell];

    /// <summary>Whether a count may be shown.</summary>
    /// <param name="cell">The count's number.</param>
    /// <returns>True when shown.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="cell"/> is not a count's number.</exception>
    public bool IsShown(int cell) => _statuses[cell] == CellStatus.Shown;

    /// <summary>A list of counts and their total (the sum), as one table of one column.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="threshold">Counts below this are withheld.</param>
    /// <returns>The status of each count, then of the total.</returns>
    /// <exception cref="ArgumentException">No counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<CellStatus> OfList(IReadOnlyList<long> counts, long threshold = SuppressionBuilder.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count == 0)
        {
            throw new ArgumentException("At least one count is needed.", nameof(counts));
        }

        var b = new SuppressionBuilder(threshold);
        int[] parts = [.. counts.Select(b.AddCount)];
        int total = b.AddCount(counts.Sum());
        b.AddSum(total, parts);
        return b.Build().Statuses;
    }

    /// <summary>A table of counts with its row totals, column totals and grand total.</summary>
    /// <param name="counts">The table's cells, rows by columns; at least one of each.</param>
    /// <param name="threshold">Counts below this are withheld.</param>
    /// <returns>
    /// The statuses of the table with its margins: one more row and column than <paramref name="counts"/>, the last
    /// column the row totals, the last row the column totals, the last cell the grand total.
    /// </returns>
    /// <exception cref="ArgumentException">No rows or no columns.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static CellStatus[,] OfTable(long[,] counts, long threshold = SuppressionBuilder.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(counts);
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        if (rows == 0 || columns == 0)
        {
            throw new ArgumentException("A table needs at least one row and one column.", nameof(counts));
        }

        var b = new SuppressionBuilder(threshold);
        int[,] cell = new int[rows + 1, columns + 1];
        long grand = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                cell[r, c] = b.AddCount(counts[r, c]);
            }
        }

        for (int r = 0; r < rows; r++)
        {
            long sum = 0;
            for (int c = 0; c < columns; c++)
            {
                sum += counts[r, c];
            }

            cell[r, columns] = b.AddCount(sum);
            grand += sum;
        }

        for (int c = 0; c < columns; c++)
        {
            long sum = 0;
            for (int r = 0; r < rows; r++)
            {
                sum += counts[r, c];
            }

            cell[rows, c] = b.AddCount(sum);
        }

        cell[rows, columns] = b.AddCount(grand);
        for (int r = 0; r <= rows; r++)
        {
            b.AddSum(cell[r, columns], [.. Enumerable.Range(0, columns).Select(c => cell[r, c])]);
        }

        for (int c = 0; c <= columns; c++)
        {
            b.AddSum(cell[rows, c], [.. Enumerable.Range(0, rows).Select(r => cell[r, c])]);
        }

        Suppression s = b.Build();
        var result = new CellStatus[rows + 1, columns + 1];
        for (int r = 0; r <= rows; r++)
        {
            for (int c = 0; c <= columns; c++)
            {
                result[r, c] = s[cell[r, c]];
            }
        }

        return result;
    }
}
