using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;
using Lantern.Core.Time;

namespace Lantern.Core.Tasking;

/// <summary>
/// The entry point for the daily tasking list: the top places by harm over a look-back period, with their crimes,
/// Gi* clustering, trend, a patrol plan and a reason, after the exclusion mask and analyst adjustments. A pure
/// function: the date and the random seed are inputs, so the same inputs give the same list.
/// </summary>
public static partial class TaskingAnalysis
{
    /// <summary>Builds the list.</summary>
    /// <param name="crimes">The crimes, with harm weights already applied.</param>
    /// <param name="options">The date, seed and choices; see <see cref="TaskingOptions"/> for defaults.</param>
    /// <returns>The list, with its periods, data coverage, adjustments, automatic choices and notes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <see cref="TaskingOptions.LookBackEnd"/> has not ended before the date, per-area ranking was asked for without
    /// <see cref="TaskingOptions.AreaOf"/>, a category is not defined, or the study area and study cells have different extents.
    /// </exception>
    /// <remarks>Thread safe when the delegates in the options are. Cost is linear in crimes plus cells of the study area.</remarks>
    public static TaskingList Run(CrimePoints crimes, TaskingOptions options)
    {
        ArgumentNullException.ThrowIfNull(crimes);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TopNPerArea && options.AreaOf is null)
        {
            throw new ArgumentException("A list per area needs AreaOf.", nameof(options));
        }

        if (options.Method == TaskingMethod.Forecast && (options.Forecast is null || options.Forecast.Grid != options.Grid))
        {
            throw new ArgumentException("A list ranked by a forecast needs Forecast, on the options' grid.", nameof(options));
        }

        if (options.LookBackEnd is { } given && given.LastDay >= options.Date)
        {
            throw new ArgumentException($"The look-back cannot end in {given}: it has not ended before {options.Date:yyyy-MM-dd}.",
                nameof(options));
        }

        if (options.Categories is not null)
        {
            foreach (CrimeCategory c in options.Categories)
            {
                if (!Enum.IsDefined(c))
                {
                    throw new ArgumentException($"Category value {(int)c} is not defined.", nameof(options));
                }
            }
        }

        var choices = new List<AutomaticChoice>();
        var notes = new List<string>();
        IReadOnlySet<YearMonth> present = options.MonthsPresent ?? InferMonths(crimes, choices);
        if (FindLookBackEnd(options, present, choices) is not { } end)
        {
            notes.Add($"No month of data ended before {options.Date:yyyy-MM-dd}: there is nothing to rank.");
            return Empty(options, null, null, choices, notes);
        }

        int months = options.LookBackMonths;
        var lookBack = new PeriodCoverage(end.PlusMonths(1 - months), end, present);
        var previous = new PeriodCoverage(end.PlusMonths(1 - (2 * months)), end.PlusMonths(-months), present);
        if (lookBack.Missing.Count > 0)
        {
            notes.Add($"The look-back period {lookBack} has missing months: harm covers only the months present.");
        }

        if (previous.Present.Count == 0)
        {
            notes.Add($"The previous period {previous.First}..{previous.Last} is not in the data: no trends.");
        }

        // Each crime's cell, found once while aggregating and read again for the places' statistics.
        int[] cellOfCrime = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(crimes.Count, 1));
        try
        {
            return Rank(crimes, options, lookBack, previous, choices, notes, cellOfCrime);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(cellOfCrime);
        }
    }

    // The list from its periods on: the aggregation, Gi*, the ranking, adjustments and each place's statistics.
    private static TaskingList Rank(CrimePoints crimes, TaskingOptions options, PeriodCoverage lookBack, PeriodCoverage previous,
        List<AutomaticChoice> choices, List<string> notes, int[] cellOfCrime)
    {
        var filter = new CrimeFilter(lookBack.First, lookBack.Last, options.Categories);
        CellCounts counts = CellAggregator.Aggregate(crimes, options.Grid, options.StudyArea, filter, HotspotOptions.DenseCellLimit, cellOfCrime,
            options.StudyCells);
        if (counts.StudyArea is null)
        {
            notes.Add($"No crimes in the look-back period {lookBack}: there is nothing to rank.");
            return Empty(options, lookBack, previous, choices, notes);
        }

        GiStarResult gi = GetisOrdGiStar.Compute(counts, options.GiStarBandMetres, options.FdrQ, HotspotOptions.DenseCellLimit);
        choices.AddRange(gi.AutomaticChoices);
        notes.AddRange(gi.Notes);
        if (options.StudyArea is null && options.StudyCells is null)
        {
            choices.Add(new AutomaticChoice("StudyArea", counts.StudyArea.Value.ToString(),
                "Gi* runs over the bounding box of the cells holding the look-back period's crimes; empty cells in it count as zeros."));
        }
        else if (counts.CrimesOutsideStudyArea > 0)
        {
            notes.Add($"{counts.CrimesOutsideStudyArea:N0} crimes of the look-back period lie outside the study area and are left out.");
        }

        Selection selection = Select(counts, options, gi);
        if (options.Method == TaskingMethod.Forecast)
        {
            notes.Add($"Ranked by the {options.Forecast!.Method} forecast for {options.Forecast.Target} ({options.Forecast.Parameters}), " +
                "among the cells with harm in the look-back period."); // Run checks it is set
        }
        else if (options.Method == TaskingMethod.GiStarHotSpots)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Only Gi* hot spots are ranked (false discovery rate {options.FdrQ:0.###}): {selection.NotHotSpots:N0} cells with harm are not hot spots and are left off."));
        }

        if (selection.WithoutArea > 0)
        {
            // Counted before, but unsaid: a list per borough on a force whose boroughs were never imported came back
            // empty with no word of why.
            notes.Add($"{selection.WithoutArea:N0} cells with harm lie in no area of the list's level and are left off a list per area " +
                "(are that level's boundaries imported for this force?).");
        }

        var places = new List<PlaceDraft>(selection.Ranked);
        List<AdjustmentOutcome> outcomes = ApplyAdjustments(counts, options, selection, places);

        PlaceStatistics stats = PlaceStatistics.Collect(crimes, counts, cellOfCrime, options, places, lookBack, previous, selection.Area);
        if (stats.TimedCrimes == 0)
        {
            notes.Add("No crimes in the look-back period have a time: patrol times are left to local knowledge.");
        }

        (int[] visits, double three, double two) = Dosage(selection.Ranked);
        if (selection.Ranked.Count > 0)
        {
            int n = visits.Length, threes = visits.Count(v => v == 3), twos = visits.Count(v => v == 2);
            choices.Add(new AutomaticChoice("VisitsPerDay", string.Create(CultureInfo.InvariantCulture,
                $"3 for the {threes} places of most harm (harm ≥ {three:#,0.##}), 2 for the next {twos} (≥ {two:#,0.##}), 1 for the other {n - threes - twos}"),
                "More visits for more harm: the top third of the ranked places by harm get 3 visits a day, the middle third 2, the rest 1; " +
                "places of equal harm are split by their rank. A place an analyst adds gets the visits of the ranked places of its harm."));
        }

        var built = new List<TaskingPlace>(places.Count);
        for (int p = 0; p < places.Count; p++)
        {
            // places starts with the ranked places, in order; an analyst's additions follow.
            int planned = p < visits.Length ? visits[p] : VisitsFor(places[p].Harm, three, two);
            built.Add(Build(places[p], p, counts, gi, stats, options, lookBack, previous, planned));
        }

        return new TaskingList(options, lookBack, previous, built, outcomes, gi, selection.Eligible, selection.Excluded,
            selection.WithoutArea, (int)counts.TotalCrimes, stats.TimedCrimes, choices, notes);
    }

    private static TaskingList Empty(TaskingOptions options, PeriodCoverage? lookBack, PeriodCoverage? previous,
        List<AutomaticChoice> choices, List<string> notes)
    {
        var outcomes = new List<AdjustmentOutcome>();
        foreach (AnalystAdjustment a in options.Adjustments)
        {
            outcomes.Add(new AdjustmentOutcome(a, false, "Not applied: there is no list to adjust."));
        }

        return new TaskingList(options, lookBack, previous, [], outcomes, null, 0, 0, 0, 0, 0, choices, notes);
    }

    private static HashSet<YearMonth> InferMonths(CrimePoints crimes, List<AutomaticChoice> choices)
    {
        var months = new HashSet<YearMonth>();
        ReadOnlySpan<int> index = crimes.MonthIndex;
        if (index.Length > 0)
        {
            int min = int.MaxValue, max = int.MinValue;
            foreach (int m in index)
            {
                min = Math.Min(min, m);
                max = Math.Max(max, m);
            }

            bool[] seen = new bool[max - min + 1];
            foreach (int m in index)
            {
                seen[m - min] = true;
            }

            for (int k = 0; k < seen.Length; k++)
            {
                if (seen[k])
                {
                    months.Add(YearMonth.FromIndex(min + k));
                }
            }
        }

        choices.Add(new AutomaticChoice("MonthsPresent", string.Create(CultureInfo.InvariantCulture, $"{months.Count} months"),
            "Coverage was not given: a month is taken as present when it holds at least one crime, and missing otherwise."));
        return months;
    }

    private static YearMonth? FindLookBackEnd(TaskingOptions options, IReadOnlySet<YearMonth> present, List<AutomaticChoice> choices)
    {
        if (options.LookBackEnd is { } given)
        {
            return given;
        }

        YearMonth? latest = null;
        foreach (YearMonth m in present)
        {
            if (m.LastDay < options.Date && (latest is null || m > latest.Value))
            {
                latest = m;
            }
        }

        if (latest is { } end)
        {
            choices.Add(new AutomaticChoice("LookBackEnd", end.ToString(),
                $"The latest month with data that ended before {options.Date:yyyy-MM-dd}."));
        }

        return latest;
    }

    // Thirds of the ranked list by harm: each ranked place's visits, and the harm of the last place in the top third and in
    // the top two thirds (for an analyst's additions). Places of equal harm keep their list order (a stable sort), so the
    // thirds stay thirds when many places tie: by harm thresholds alone, the 14 of 20 Westminster places that all had harm
    // 880 all got 3 visits, 60 visits a day where the rule plans 40.
    private static (int[] Visits, double Three, double Two) Dosage(List<PlaceDraft> ranked)
    {
        int n = ranked.Count;
        if (n == 0)
        {
            return ([], double.PositiveInfinity, double.PositiveInfinity);
        }

        int[] order = [.. Enumerable.Range(0, n).OrderByDescending(i => ranked[i].Harm)];
        int threes = (n + 2) / 3, twos = ((2 * n) + 2) / 3;
        int[] visits = new int[n];
        for (int k = 0; k < n; k++)
        {
            visits[order[k]] = k < threes ? 3 : k < twos ? 2 : 1;
        }

        return (visits, ranked[order[threes - 1]].Harm, ranked[order[twos - 1]].Harm);
    }

    private static int VisitsFor(double harm, double three, double two) => harm >= three ? 3 : harm >= two ? 2 : 1;

    /// <summary>A place chosen for the list before its details are filled in.</summary>
    private sealed record PlaceDraft(CellId Cell, int CellIndex, string? Area, PlaceSource Source, int Rank, int HarmRank, double Harm,
        string? AnalystReason, bool Excluded);
}
