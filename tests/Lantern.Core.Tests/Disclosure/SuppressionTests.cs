using Lantern.Core.Disclosure;
using static Lantern.Core.Disclosure.CellStatus;

namespace Lantern.Core.Tests.Disclosure;

public sealed class SuppressionTests
{
    [Fact]
    public void OfList_NothingSmall_AllShown() =>
        Assert.Equal([Shown, Shown, Shown, Shown], Suppression.OfList([5, 12, 40]));

    [Theory]
    // One small count alone in a list with its total would be the total minus the rest: the smallest other count goes too.
    [InlineData(new long[] { 3, 50, 7, 20 }, "Small,Shown,Secondary,Shown,Shown")]
    // The smallest other count is chosen even when it comes first.
    [InlineData(new long[] { 9, 2, 30 }, "Secondary,Small,Shown,Shown")]
    // A zero is a count under 5 like any other (0 to 4 are all shown as "<5").
    [InlineData(new long[] { 0, 12, 30 }, "Small,Secondary,Shown,Shown")]
    // Two small counts whose sum (4, from the total) leaves each anywhere from 0 to 4: nothing more is needed.
    [InlineData(new long[] { 1, 3, 30 }, "Small,Small,Shown,Shown")]
    // Two small counts summing to 0: each must be 0; one more count is withheld.
    [InlineData(new long[] { 0, 0, 20, 30 }, "Small,Small,Secondary,Shown,Shown")]
    // Two small counts summing to 8: each must be 4.
    [InlineData(new long[] { 4, 4, 30, 40 }, "Small,Small,Secondary,Shown,Shown")]
    // Three small counts summing to 3: each is 0 to 3, not pinned.
    [InlineData(new long[] { 1, 1, 1, 30 }, "Small,Small,Small,Shown,Shown")]
    // The total itself small: everything is withheld as small, and nothing can be worked out.
    [InlineData(new long[] { 1, 2 }, "Small,Small,Small")]
    // 0 and 5, total 5: withholding the 5 (known to be at least 5) would still pin the 0; withholding the total does not.
    [InlineData(new long[] { 0, 5 }, "Small,Shown,Secondary")]
    // One count only: the total is the count, so both are small.
    [InlineData(new long[] { 3 }, "Small,Small")]
    public void OfList_PrimaryAndSecondary(long[] counts, string expected) =>
        Assert.Equal(expected, string.Join(",", Suppression.OfList(counts)));

    [Fact]
    public void OfList_OtherThreshold()
    {
        // Under 10: 7 and 9 are both small; their sum, 16, from the total leaves each 7 to 9: not pinned.
        Assert.Equal([Small, Small, Shown, Shown], Suppression.OfList([7, 9, 100], threshold: 10));
        Assert.Equal([Shown, Shown, Shown, Shown], Suppression.OfList([7, 9, 100], threshold: 5));
    }

    [Fact]
    public void OfTable_OneSmallCell_AFourCellCycleProtectsIt()
    {
        // 3 is small. Withheld alone, it is its row's total minus the rest; with one more in its row, that one is its
        // column's total minus the rest; and so on until the withheld cells form cycles the margins cannot resolve.
        long[,] counts = { { 3, 10, 12 }, { 8, 20, 15 }, { 9, 6, 30 } };
        CellStatus[,] s = Suppression.OfTable(counts);

        Assert.Equal(Small, s[0, 0]);
        AssertNoSmallCanBeWorkedOut(counts, s);
        int withheld = Enumerable.Range(0, 4).SelectMany(r => Enumerable.Range(0, 4).Select(c => s[r, c])).Count(x => x != Shown);
        Assert.InRange(withheld, 4, 6); // at least a rectangle; greedy, not always the fewest
        Assert.All(Enumerable.Range(0, 4).Select(i => (s[i, 3], s[3, i])), m => Assert.Equal((Shown, Shown), m)); // margins kept
    }

    [Fact]
    public void OfTable_SmallRowTotal_TheRowIsSuppressedAndTheMarginsStayConsistent()
    {
        // The first row adds up to 4: its total is small, and its cells (1 and 3) are small too. The column totals are shown,
        // so each small cell would be its column total minus the cells below: the columns need secondaries of their own.
        long[,] counts = { { 1, 3 }, { 20, 30 }, { 25, 40 } };
        CellStatus[,] s = Suppression.OfTable(counts);

        Assert.Equal((Small, Small, Small), (s[0, 0], s[0, 1], s[0, 2]));
        AssertNoSmallCanBeWorkedOut(counts, s);
    }

    [Fact]
    public void OfTable_NoSmallCells_NothingWithheld()
    {
        CellStatus[,] s = Suppression.OfTable(new long[,] { { 10, 20 }, { 30, 40 } });
        Assert.All(s.Cast<CellStatus>(), x => Assert.Equal(Shown, x));
    }

    [Fact]
    public void Builder_RateShownOnlyWithBothItsCounts_AndAcrossTablesSharingAColumnTotal()
    {
        // Two groups' arrests and non-arrests: group A 12 of 40 (28 not), group B 2 of 30 (28 not). A rate shows both its
        // counts (the rate and its interval give them back), so B's rate goes with its 2 arrests; the overall arrest
        // count (14) is shown through the overall rate, so A's 12 would give B's 2 back: A's rate goes too.
        var b = new SuppressionBuilder();
        int searchesA = b.AddCount(40), searchesB = b.AddCount(30), all = b.AddCount(70);
        b.AddSum(all, searchesA, searchesB);
        int arrestsA = b.AddCount(12), notA = b.AddCount(28), arrestsB = b.AddCount(2), notB = b.AddCount(28);
        int arrests = b.AddCount(14), notArrested = b.AddCount(56);
        b.WithholdTogether(arrestsA, notA);
        b.WithholdTogether(arrestsB, notB);
        b.WithholdTogether(arrests, notArrested);
        b.AddSum(searchesA, arrestsA, notA);
        b.AddSum(searchesB, arrestsB, notB);
        b.AddSum(arrests, arrestsA, arrestsB);
        b.AddSum(notArrested, notA, notB);
        b.AddSum(all, arrests, notArrested);

        Suppression s = b.Build();

        Assert.Equal((Small, Secondary), (s[arrestsB], s[notB]));
        Assert.Equal((Secondary, Secondary), (s[arrestsA], s[notA]));
        Assert.True(s.IsShown(searchesA) && s.IsShown(searchesB) && s.IsShown(arrests) && s.IsShown(all));
        (double low, double high) = b.Ranges(s.Statuses)[arrestsB];
        Assert.True(high > low, $"B's arrests can be worked out: {low}..{high}");
    }

    [Fact]
    public void Builder_UnpublishedCountsTieButAreNeverWithheld()
    {
        // 30 searches: 25 with an outcome recorded (3 arrests, 22 not), 5 without (never published). The arrest rate is
        // withheld; the unpublished count stays unpublished and is not chosen as a secondary.
        var b = new SuppressionBuilder();
        int searches = b.AddCount(30), arrests = b.AddCount(3), not = b.AddCount(22), unknown = b.AddUnpublished(5);
        b.WithholdTogether(arrests, not);
        b.AddSum(searches, arrests, not, unknown);

        Suppression s = b.Build();

        Assert.Equal([Shown, Small, Secondary, Unpublished], s.Statuses);
    }

    [Fact]
    public void Builder_WithheldElsewhere_IsSecondaryAndProtectedLikeAnyOther()
    {
        // 12 is withheld because another table withheld it: alone in this list it would be the total minus the rest.
        var b = new SuppressionBuilder();
        int x = b.AddCount(12), y = b.AddCount(40), z = b.AddCount(50), t = b.AddCount(102);
        b.AddSum(t, x, y, z);
        b.Withhold(x);

        Suppression s = b.Build();

        // Only small counts are protected from being worked out: a secondary alone in a sum may be (it is not small).
        Assert.Equal([Secondary, Shown, Shown, Shown], s.Statuses);
    }

    [Fact]
    public void Builder_BadInput_Throws()
    {
        var b = new SuppressionBuilder();
        int a = b.AddCount(1), c = b.AddCount(2);
        Assert.Throws<ArgumentException>(() => b.AddSum(c, a)); // 1 is not 2
        Assert.Throws<ArgumentException>(() => b.AddSum(a, a));
        Assert.Throws<ArgumentException>(() => b.AddSum(a));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddSum(7, a));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.AddCount(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SuppressionBuilder(0));
        int u = b.AddUnpublished(4);
        Assert.Throws<ArgumentException>(() => b.WithholdTogether(a, u));
    }

    [Fact]
    public void Builder_RandomTables_NoSmallCountCanBeWorkedOut()
    {
        // Tables of every shape from 1×1 to 4×5 with many small cells: the promise holds for each.
        var random = new Random(20261121);
        for (int trial = 0; trial < 300; trial++)
        {
            long[,] counts = new long[random.Next(1, 5), random.Next(1, 6)];
            for (int r = 0; r < counts.GetLength(0); r++)
            {
                for (int c = 0; c < counts.GetLength(1); c++)
                {
                    counts[r, c] = random.Next(3) == 0 ? random.Next(0, 5) : random.Next(5, 60);
                }
            }

            AssertNoSmallCanBeWorkedOut(counts, Suppression.OfTable(counts));
        }
    }

    // Checks the statuses of a table with margins against every exact disclosure a reader could make by solving the
    // table's sums: each withheld small cell's range, by brute force over the withheld cells' possible values.
    private static void AssertNoSmallCanBeWorkedOut(long[,] counts, CellStatus[,] s)
    {
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        long[,] full = new long[rows + 1, columns + 1];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                full[r, c] = counts[r, c];
                full[r, columns] += counts[r, c];
                full[rows, c] += counts[r, c];
                full[rows, columns] += counts[r, c];
            }
        }

        for (int r = 0; r <= rows; r++)
        {
            for (int c = 0; c <= columns; c++)
            {
                bool small = full[r, c] < 5;
                Assert.True(small == (s[r, c] == Small), $"cell ({r},{c}) = {full[r, c]} is {s[r, c]}");
            }
        }

        // A small withheld cell is disclosed if the table's sums fix it. Two independent checks: no withheld small cell is
        // determined by the sums as linear equations (whatever the ranges), and none is fixed by its own row or column
        // given the others' ranges (0 to 4 small, 5 or more otherwise).
        var hidden = new List<(int R, int C)>();
        for (int r = 0; r <= rows; r++)
        {
            for (int c = 0; c <= columns; c++)
            {
                if (s[r, c] != Shown)
                {
                    hidden.Add((r, c));
                }
            }
        }

        var equations = new List<double[]>();
        for (int r = 0; r <= rows; r++)
        {
            equations.Add([.. hidden.Select(h => h.R == r ? (h.C == columns ? 1.0 : -1.0) : 0.0)]);
        }

        for (int c = 0; c <= columns; c++)
        {
            equations.Add([.. hidden.Select(h => h.C == c ? (h.R == rows ? 1.0 : -1.0) : 0.0)]);
        }

        int rank = Rank(equations);
        for (int v = 0; v < hidden.Count; v++)
        {
            (int r, int c) = hidden[v];
            if (s[r, c] != Small)
            {
                continue;
            }

            double[] unit = new double[hidden.Count];
            unit[v] = 1;
            Assert.True(Rank([.. equations, unit]) > rank, $"cell ({r},{c}) = {full[r, c]} is determined by the sums");
            int possible = Enumerable.Range(0, 5).Count(x => Possible(full, s, r, c, x));
            Assert.True(possible > 1, $"cell ({r},{c}) = {full[r, c]} is fixed by its row or column");
        }
    }

    private static int Rank(List<double[]> matrix)
    {
        List<double[]> m = [.. matrix.Select(row => (double[])row.Clone())];
        int rank = 0, width = m.Count == 0 ? 0 : m[0].Length;
        for (int c = 0; c < width && rank < m.Count; c++)
        {
            int pivot = m.FindIndex(rank, row => Math.Abs(row[c]) > 1e-9);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (int r = 0; r < m.Count; r++)
            {
                if (r != rank && Math.Abs(m[r][c]) > 1e-12)
                {
                    double f = m[r][c] / m[rank][c];
                    for (int j = 0; j < width; j++)
                    {
                        m[r][j] -= f * m[rank][j];
                    }
                }
            }

            rank++;
        }

        return rank;
    }

    private static bool Possible(long[,] full, CellStatus[,] s, int r, int c, long v)
    {
        int rows = full.GetLength(0) - 1, columns = full.GetLength(1) - 1;
        return Fits(Enumerable.Range(0, columns + 1).Select(j => (j == columns, j == c, full[r, j], s[r, j])), v)
            && Fits(Enumerable.Range(0, rows + 1).Select(i => (i == rows, i == r, full[i, c], s[i, c])), v);
    }

    // Whether value v for the cell marked "self" is consistent with its line: the others' ranges can make up the rest.
    private static bool Fits(IEnumerable<(bool IsTotal, bool Self, long Value, CellStatus Status)> line, long v)
    {
        double partsLo = 0, partsHi = 0, totalLo = 0, totalHi = 0;
        foreach ((bool isTotal, bool self, long value, CellStatus status) in line)
        {
            (double lo, double hi) = self ? ((double)v, (double)v) : status switch
            {
                Shown => ((double)value, (double)value),
                Small => (0.0, 4.0),
                _ => (5.0, double.PositiveInfinity),
            };
            if (isTotal)
            {
                (totalLo, totalHi) = (lo, hi);
            }
            else
            {
                partsLo += lo;
                partsHi += hi;
            }
        }

        return partsLo <= totalHi && totalLo <= partsHi;
    }
}
