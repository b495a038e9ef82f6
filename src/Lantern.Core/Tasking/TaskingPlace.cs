using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tasking;

/// <summary>A place on the tasking list: a grid cell with its score, the crimes behind it, its patrol plan and the reason.</summary>
/// <remarks>Immutable and thread safe.</remarks>
public sealed class TaskingPlace
{
    private readonly CategoryTally[] _byCategory;

    internal TaskingPlace(int rank, CellId cell, BngPoint centre, string? areaCode, PlaceSource source, double harm, int crimes,
        CategoryTally[] byCategory, int harmRank, GiStarValue? giStar, PlaceTrend trend, PatrolPlan plan, string reason)
    {
        Rank = rank;
        Cell = cell;
        Centre = centre;
        AreaCode = areaCode;
        Source = source;
        Harm = harm;
        Crimes = crimes;
        _byCategory = byCategory;
        HarmRank = harmRank;
        GiStar = giStar;
        Trend = trend;
        Plan = plan;
        Reason = reason;
    }

    /// <summary>Position on the list from 1 (within its area when the list is per area); added places follow the ranked ones.</summary>
    public int Rank { get; }

    /// <summary>The cell.</summary>
    public CellId Cell { get; }

    /// <summary>The cell's centre, BNG metres.</summary>
    public BngPoint Centre { get; }

    /// <summary>The caller's area code, when areas were given.</summary>
    public string? AreaCode { get; }

    /// <summary>Why the place is on the list.</summary>
    public PlaceSource Source { get; }

    /// <summary>Harm in the look-back period, the score places are ranked by.</summary>
    public double Harm { get; }

    /// <summary>Crimes in the look-back period (all categories analysed, including those weighing 0).</summary>
    public int Crimes { get; }

    /// <summary>The crimes behind the score by category, most harm first.</summary>
    public IReadOnlyList<CategoryTally> ByCategory => _byCategory;

    /// <summary>Rank by harm among all patrollable cells with harm (1 = highest; within the area when per area); 0 when it has none.</summary>
    public int HarmRank { get; }

    /// <summary>Gi* of the cell over the look-back period; null when the cell is outside the study area.</summary>
    public GiStarValue? GiStar { get; }

    /// <summary>Trend against the previous period.</summary>
    public PlaceTrend Trend { get; }

    /// <summary>Recommended patrols.</summary>
    public PatrolPlan Plan { get; }

    /// <summary>One line a sergeant can read: the crimes, the harm and its rank, clustering and trend.</summary>
    public string Reason { get; }
}
