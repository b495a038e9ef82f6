using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tasking;

public static partial class TaskingAnalysis
{
    private static Selection Select(CellCounts counts, TaskingOptions options, GiStarResult gi)
    {
        int occupied = counts.OccupiedCount;
        ReadOnlySpan<CellId> cells = counts.Cells;
        ReadOnlySpan<double> harm = counts.Harm;
        var selection = new Selection(occupied);
        if (options.AreaOf is { } areaOf)
        {
            selection.Area = new string?[occupied];
            for (int i = 0; i < occupied; i++)
            {
                selection.Area[i] = areaOf(cells[i]);
            }
        }

        foreach (AnalystAdjustment a in options.Adjustments)
        {
            if (a.Kind == AdjustmentKind.Suppress)
            {
                selection.Suppressed.Add(a.Cell);
            }
        }

        double[]? risk = options.Method == TaskingMethod.Forecast ? RiskOfCells(cells, options.Forecast!) : null; // Run checks it is set
        int[] order = CellRanking.ByHarm(risk ?? harm, counts.Count);
        int forceRank = 0;
        var areaRank = new Dictionary<string, int>(StringComparer.Ordinal);
        var areaTaken = new Dictionary<string, int>(StringComparer.Ordinal);
        int taken = 0;
        foreach (int i in order)
        {
            if (risk is not null)
            {
                if (!(risk[i] > 0))
                {
                    break; // ranked by risk, highest first: the rest have none
                }

                if (!(harm[i] > 0))
                {
                    continue;
                }
            }
            else if (!(harm[i] > 0))
            {
                break; // ranked by harm, highest first: the rest have none
            }

            if (options.Method == TaskingMethod.GiStarHotSpots && !gi.ValueOf(cells[i]).IsHotSpot)
            {
                selection.NotHotSpots++;
                continue;
            }

            if (options.IsExcluded?.Invoke(cells[i]) == true)
            {
                selection.IsExcluded[i] = true;
                selection.Excluded++;
                continue;
            }

            string? area = selection.Area?[i];
            int rank;
            if (options.TopNPerArea)
            {
                if (area is null)
                {
                    selection.WithoutArea++;
                    continue;
                }

                rank = areaRank[area] = areaRank.GetValueOrDefault(area) + 1;
            }
            else
            {
                rank = ++forceRank;
            }

            selection.HarmRank[i] = rank;
            bool room = options.TopNPerArea ? areaTaken.GetValueOrDefault(area!) < options.TopN : taken < options.TopN; // area is set per area
            if (selection.Suppressed.Contains(cells[i]))
            {
                if (room)
                {
                    selection.SuppressedFromList.Add(cells[i]);
                }

                continue;
            }

            selection.Eligible++;
            if (!room)
            {
                continue;
            }

            int position = options.TopNPerArea ? areaTaken[area!] = areaTaken.GetValueOrDefault(area!) + 1 : ++taken; // area is set per area
            selection.Ranked.Add(new PlaceDraft(cells[i], i, area, PlaceSource.Ranked, position, rank, harm[i], null, false));
        }

        if (options.TopNPerArea)
        {
            // Stable: within an area the places stay in rank order.
            PlaceDraft[] sorted = [.. selection.Ranked.OrderBy(p => p.Area, StringComparer.Ordinal)];
            selection.Ranked.Clear();
            selection.Ranked.AddRange(sorted);
        }

        return selection;
    }

    // The forecast's risk of each occupied cell; 0 outside its extent.
    private static double[] RiskOfCells(ReadOnlySpan<CellId> cells, Forecasting.RiskSurface forecast)
    {
        double[] risk = new double[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            risk[i] = forecast.Extent.Contains(cells[i]) ? forecast.RiskOf(cells[i]) : 0;
        }

        return risk;
    }

    private static List<AdjustmentOutcome> ApplyAdjustments(CellCounts counts, TaskingOptions options, Selection selection,
        List<PlaceDraft> places)
    {
        var outcomes = new List<AdjustmentOutcome>();
        int nextRank = selection.Ranked.Count;
        foreach (AnalystAdjustment a in options.Adjustments)
        {
            if (a.Kind == AdjustmentKind.Suppress)
            {
                outcomes.Add(selection.SuppressedFromList.Contains(a.Cell)
                    ? new AdjustmentOutcome(a, true, "Removed from the list; the next place moved up.")
                    : new AdjustmentOutcome(a, false, "The cell was not on the list; it is kept off it."));
                continue;
            }

            if (selection.Suppressed.Contains(a.Cell))
            {
                outcomes.Add(new AdjustmentOutcome(a, false, "Not added: the same cell is also suppressed, and suppression wins."));
                continue;
            }

            PlaceDraft? existing = places.Find(p => p.Cell == a.Cell);
            if (existing is not null)
            {
                outcomes.Add(new AdjustmentOutcome(a, false, existing.Source == PlaceSource.Ranked
                    ? $"Not added: already on the list at rank {existing.Rank}."
                    : "Not added: already added by an earlier adjustment."));
                continue;
            }

            int index = counts.TryFind(a.Cell, out int found) ? found : -1;
            bool excluded = options.IsExcluded?.Invoke(a.Cell) == true;
            string? area = index >= 0 ? selection.Area?[index] : options.AreaOf?.Invoke(a.Cell);
            double harm = index >= 0 ? counts.Harm[index] : 0;
            int harmRank = index >= 0 ? selection.HarmRank[index] : 0;
            places.Add(new PlaceDraft(a.Cell, index, area, PlaceSource.AddedByAnalyst, ++nextRank, harmRank, harm, a.Reason, excluded));
            outcomes.Add(new AdjustmentOutcome(a, true, excluded
                ? "Added, although the exclusion mask covers the cell: check it can be patrolled."
                : "Added after the ranked places."));
        }

        return outcomes;
    }

    private sealed class Selection(int occupied)
    {
        public List<PlaceDraft> Ranked { get; } = [];

        public string?[]? Area { get; set; }

        public int[] HarmRank { get; } = new int[occupied];

        public bool[] IsExcluded { get; } = new bool[occupied];

        public HashSet<CellId> Suppressed { get; } = [];

        public HashSet<CellId> SuppressedFromList { get; } = [];

        public int Eligible { get; set; }

        public int Excluded { get; set; }

        public int WithoutArea { get; set; }

        /// <summary>Cells with harm left unranked because they are not Gi* hot spots (<see cref="TaskingMethod.GiStarHotSpots"/>).</summary>
        public int NotHotSpots { get; set; }
    }
}
