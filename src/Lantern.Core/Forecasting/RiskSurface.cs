using System.Globalization;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Forecasting;

/// <summary>
/// A forecast: a risk for every cell of a study area for one target period, with what made it. Risks rank cells; only
/// the self-exciting methods give them a unit (expected events, or harm, in the period). Immutable and thread safe.
/// </summary>
/// <remarks>
/// Cells are row-major from the south-west, as <see cref="CellExtent.IndexOf"/> numbers them. Every cell of the study area
/// has a risk (0 where nothing reaches it).
/// </remarks>
public sealed class RiskSurface
{
    /// <summary>Largest study area a surface holds (cells): 4,096 × 4,096.</summary>
    public const int MaxCells = 1 << 24;

    private readonly double[] _risk;

    internal RiskSurface(GridSpec grid, CellExtent extent, ForecastTarget target, string method, string parameters, double[] risk,
        IReadOnlyList<AutomaticChoice> choices, IReadOnlyList<string> notes)
    {
        if (risk.Length != extent.CellCount)
        {
            throw new ArgumentException("One risk per cell of the study area is needed.", nameof(risk));
        }

        Grid = grid;
        Extent = extent;
        Target = target;
        Method = method;
        Parameters = parameters;
        _risk = risk;
        AutomaticChoices = choices;
        Notes = notes;
    }

    /// <summary>The grid.</summary>
    public GridSpec Grid { get; }

    /// <summary>The study area.</summary>
    public CellExtent Extent { get; }

    /// <summary>The period forecast.</summary>
    public ForecastTarget Target { get; }

    /// <summary>The method's name, e.g. "prospective".</summary>
    public string Method { get; }

    /// <summary>The method's parameters as text, every value stated (defaults included).</summary>
    public string Parameters { get; }

    /// <summary>Choices the method made for itself (bandwidths, defaults that depend on the data's resolution).</summary>
    public IReadOnlyList<AutomaticChoice> AutomaticChoices { get; }

    /// <summary>Caveats about this forecast.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Risk of every cell, row-major.</summary>
    public ReadOnlySpan<double> Risk => _risk;

    /// <summary>The risk of a cell of the study area.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Its risk.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cell is outside the study area.</exception>
    public double RiskOf(CellId cell) => _risk[Extent.IndexOf(cell)];

    /// <summary>Number of cells a coverage chooses: ⌊cells × coverage⌋, the most cells that do not exceed it.</summary>
    /// <param name="coverage">Share of the study area's cells, 0 to 1.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Coverage outside 0 to 1.</exception>
    /// <remarks>A relative 1e-9 is added before rounding down, so 29% of 100 cells is 29 cells, not 28 (0.29 × 100 is 28.999… in binary).</remarks>
    public int CountFor(double coverage)
    {
        if (!double.IsFinite(coverage) || coverage is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "Coverage is a share of the area, 0 to 1.");
        }

        return CellsFor(_risk.Length, coverage);
    }

    /// <summary>⌊cells × coverage⌋ for a study area of <paramref name="cells"/> cells (coverage already checked).</summary>
    internal static int CellsFor(int cells, double coverage)
    {
        double exact = cells * coverage;
        return (int)Math.Min(cells, Math.Floor(exact + (exact * 1e-9)));
    }

    /// <summary>Every cell's row-major index, highest risk first, ties ordered by <paramref name="ties"/>.</summary>
    /// <param name="ties">Tie rule (<see cref="CoverageTies.IncludeAll"/> ranks as <see cref="CoverageTies.GridOrder"/>).</param>
    /// <returns>The ranking.</returns>
    public int[] Ranking(CoverageTies ties = CoverageTies.GridOrder)
    {
        int n = _risk.Length;
        int[] order = new int[n];
        double[] keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = -_risk[i];
        }

        Array.Sort(keys, order);

        // Array.Sort is not stable: put each run of equal risks into the tie rule's order.
        int start = 0;
        for (int i = 1; i <= n; i++)
        {
            if (i == n || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(order, start, i - start);
                    if (ties == CoverageTies.OpenCp)
                    {
                        Array.Reverse(order, start, i - start);
                    }
                }

                start = i;
            }
        }

        return order;
    }

    /// <summary>The cells to patrol at a coverage, highest risk first.</summary>
    /// <param name="coverage">Share of the study area's cells, 0 to 1 (see <see cref="CountFor"/>).</param>
    /// <param name="ties">How a tie at the cut-off is settled.</param>
    /// <returns>The cells: exactly <see cref="CountFor"/> of them, or more with <see cref="CoverageTies.IncludeAll"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Coverage outside 0 to 1.</exception>
    /// <remarks>Cells of zero risk are chosen when fewer cells than the coverage have any risk: the area is fixed.</remarks>
    public CellId[] Select(double coverage, CoverageTies ties = CoverageTies.GridOrder) => Select(coverage, ties, Ranking(ties));

    /// <summary>
    /// <see cref="Select(double, CoverageTies)"/> from a ranking already made with the same tie rule: of every cell, or of
    /// the cells of a study area that is a shape (the coverage is then a share of those).
    /// </summary>
    internal CellId[] Select(double coverage, CoverageTies ties, int[] order)
    {
        _ = CountFor(coverage); // checks the coverage
        int count = CellsFor(order.Length, coverage);
        if (ties == CoverageTies.IncludeAll && count > 0)
        {
            double last = _risk[order[count - 1]];
            while (count < order.Length && _risk[order[count]] == last)
            {
                count++;
            }
        }

        var cells = new CellId[count];
        for (int i = 0; i < count; i++)
        {
            cells[i] = Extent.CellAt(order[i]);
        }

        return cells;
    }

    /// <summary>Method, target and parameters, e.g. "prospective for 2024-03-05 (…)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Method} for {Target} ({Parameters})");

    /// <summary>A zeroed risk array for a study area, refusing areas too large to hold densely.</summary>
    internal static double[] NewRisk(CellExtent extent)
    {
        if (extent.CellCount > MaxCells)
        {
            throw new ArgumentOutOfRangeException(nameof(extent), extent,
                $"A forecast's study area may hold at most {MaxCells:N0} cells; choose a smaller area or larger cells.");
        }

        return new double[extent.CellCount];
    }
}
