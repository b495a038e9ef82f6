using System.Globalization;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Forecasting;

/// <summary>
/// Prospective hot-spotting (Bowers, Johnson &amp; Pease 2004, <i>Brit. J. Criminol.</i> 44: 641-658): the risk of cell c is
/// Σ weight × 1/(1 + d) × 1/(1 + t) over past events with d &lt; the space bandwidth and t &lt; the time bandwidth, where d is
/// the distance from the event's cell to c in cells and t the whole time units between the event and the target's start.
/// </summary>
/// <remarks>
/// <para>Distances are between cells, not points (an event anywhere in a cell is at the cell), measured by
/// <see cref="CellDistance"/>. Time is rounded down: 6 days is 0 whole weeks. Both bandwidths are exclusive: with 8 weeks,
/// events 0 to 7 whole weeks old count. Events outside the study area count for the cells near them.</para>
/// <para>Defaults (DOMAIN.md §3): 400 m expressed in cells of the grid in use, 8 weeks in units of a week; for month data,
/// 2 months in units of a month. Defaults taken are recorded as automatic choices.</para>
/// </remarks>
public sealed class ProspectiveHotspotMethod : IForecastMethod, IEventSumMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="bandwidthCells">Space bandwidth in cells (exclusive), or null for 400 m in cells of the grid.</param>
    /// <param name="distance">How distance between cells is measured; default Chebyshev.</param>
    /// <param name="timeBandwidth">Time bandwidth (exclusive), or null for 8 weeks (2 months for month data).</param>
    /// <param name="timeUnit">The unit time is counted in, whole units; null for 1 week (1 month for month data).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ProspectiveHotspotMethod(double? bandwidthCells = null, CellDistance distance = CellDistance.Chebyshev,
        ForecastPeriod? timeBandwidth = null, ForecastPeriod? timeUnit = null)
    {
        if (bandwidthCells is { } b && (!double.IsFinite(b) || b <= 0 || b > 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(bandwidthCells), b, "The space bandwidth must be more than 0 and at most 1,000 cells.");
        }

        if (!Enum.IsDefined(distance))
        {
            throw new ArgumentOutOfRangeException(nameof(distance), distance, "Unknown distance.");
        }

        BandwidthCells = bandwidthCells;
        Distance = distance;
        TimeBandwidth = timeBandwidth;
        TimeUnit = timeUnit;
    }

    /// <summary>The default space bandwidth, metres (Bowers, Johnson &amp; Pease: 400 m).</summary>
    public const double DefaultBandwidthMetres = 400;

    /// <inheritdoc/>
    public string Name => "prospective";

    /// <summary>Space bandwidth in cells, or null for 400 m in cells of the grid.</summary>
    public double? BandwidthCells { get; }

    /// <summary>The distance between cells.</summary>
    public CellDistance Distance { get; }

    /// <summary>Time bandwidth, or null for the default.</summary>
    public ForecastPeriod? TimeBandwidth { get; }

    /// <summary>Time unit, or null for the default.</summary>
    public ForecastPeriod? TimeUnit { get; }

    /// <inheritdoc/>
    public IForecastModel Fit(ForecastEvents events, GridSpec grid, CellExtent extent, ForecastTarget target) =>
        new EventSumModel(this, events, grid, extent, target, TimeBandwidth, TimeUnit);

    RiskSurface IEventSumMethod.Compute(ForecastEvents known, GridSpec grid, CellExtent extent, ForecastTarget target)
    {
        var choices = new List<AutomaticChoice>();
        bool monthly = target.Resolution == TimeResolution.Month;
        double space = BandwidthCells ?? Chosen(choices, "BandwidthCells", DefaultBandwidthMetres / grid.CellSize,
            string.Create(CultureInfo.InvariantCulture, $"400 m (Bowers, Johnson & Pease 2004) in {grid.CellSize} m cells."));
        ForecastPeriod unitPeriod = TimeUnit ?? (monthly ? ForecastPeriod.Months(1) : ForecastPeriod.Weeks(1));
        ForecastPeriod bandPeriod = TimeBandwidth ?? (monthly ? ForecastPeriod.Months(2) : ForecastPeriod.Weeks(8));
        if (TimeUnit is null)
        {
            choices.Add(new AutomaticChoice("TimeUnit", unitPeriod.ToString(), "Whole weeks (Bowers, Johnson & Pease 2004); months for month data."));
        }

        if (TimeBandwidth is null)
        {
            choices.Add(new AutomaticChoice("TimeBandwidth", bandPeriod.ToString(), "8 weeks (Bowers, Johnson & Pease 2004); 2 months for month data."));
        }

        double unit = unitPeriod.In(target.Resolution);
        double band = bandPeriod.In(target.Resolution) / unit; // in units; t (whole units) must be below it
        int reach = (int)Math.Ceiling(space) - 1; // the largest whole cell offset that can be below the bandwidth
        double[] risk = RiskSurface.NewRisk(extent);
        ReadOnlySpan<double> x = known.Easting, y = known.Northing, time = known.Time, weight = known.Weight;
        for (int i = 0; i < time.Length; i++)
        {
            double t = Math.Floor((target.Start - time[i]) / unit);
            if (!(t < band) || weight[i] == 0)
            {
                continue;
            }

            double timeWeight = weight[i] / (1 + t);
            CellId home = grid.CellOf(x[i], y[i]);
            int c0 = Math.Max(home.Column - reach, extent.MinColumn), c1 = Math.Min(home.Column + reach, extent.MaxColumn);
            int r0 = Math.Max(home.Row - reach, extent.MinRow), r1 = Math.Min(home.Row + reach, extent.MaxRow);
            for (int r = r0; r <= r1; r++)
            {
                int dr = Math.Abs(r - home.Row);
                int rowBase = (r - extent.MinRow) * extent.Columns;
                for (int c = c0; c <= c1; c++)
                {
                    int dc = Math.Abs(c - home.Column);
                    double d = Distance switch
                    {
                        CellDistance.Chebyshev => Math.Max(dc, dr),
                        CellDistance.Manhattan => dc + dr,
                        _ => Math.Sqrt((dc * dc) + (dr * dr)),
                    };
                    if (d < space)
                    {
                        risk[rowBase + c - extent.MinColumn] += timeWeight / (1 + d);
                    }
                }
            }
        }

        string parameters = string.Create(CultureInfo.InvariantCulture,
            $"bandwidth {space:0.###} cells ({Distance}), time bandwidth {bandPeriod}, unit {unitPeriod}, weighting {known.Weighting}");
        return new RiskSurface(grid, extent, target, Name, parameters, risk, choices, []);
    }

    private static double Chosen(List<AutomaticChoice> choices, string name, double value, string reason)
    {
        choices.Add(new AutomaticChoice(name, value.ToString("0.###", CultureInfo.InvariantCulture), reason));
        return value;
    }
}
