using System.Globalization;
using System.Text;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tasking;

public static partial class TaskingAnalysis
{
    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private static TaskingPlace Build(PlaceDraft draft, int p, CellCounts counts, GiStarResult gi, PlaceStatistics stats,
        TaskingOptions options, PeriodCoverage lookBack, PeriodCoverage previous, int visits)
    {
        int stride = CrimeFilter.CategoryCount;
        var tallies = new List<CategoryTally>();
        int crimes = 0;
        for (int c = 0; c < stride; c++)
        {
            int n = stats.CategoryCount[(p * stride) + c];
            if (n > 0)
            {
                tallies.Add(new CategoryTally((CrimeCategory)c, n, stats.CategoryHarm[(p * stride) + c]));
                crimes += n;
            }
        }

        // Most harm first; then more crimes; then category order, so the list is deterministic.
        tallies.Sort(static (a, b) =>
        {
            int c = b.Harm.CompareTo(a.Harm);
            c = c != 0 ? c : b.Crimes.CompareTo(a.Crimes);
            return c != 0 ? c : a.Category.CompareTo(b.Category);
        });

        GiStarValue? giValue = counts.InStudyArea(draft.Cell) ? gi.ValueOf(draft.Cell) : null;
        PlaceTrend trend = TrendTest.Compare(stats.Current[p], stats.Previous[p], lookBack.Present.Count, previous.Present.Count);
        PatrolPlan plan = Plan(draft, p, stats, options, visits);
        string reason = Reason(draft, tallies, giValue, trend, options);
        return new TaskingPlace(draft.Rank, draft.Cell, options.Grid.Centre(draft.Cell), draft.Area, draft.Source, draft.Harm, crimes,
            [.. tallies], draft.HarmRank, giValue, trend, plan, reason);
    }

    private static PatrolPlan Plan(PlaceDraft draft, int p, PlaceStatistics stats, TaskingOptions options, int visits)
    {
        int minutes = options.VisitMinutes;
        Profile own = stats.Place[p];
        (Profile? profile, PeakHoursSource source, string where) = own.Supports(options.MinimumTimedCrimes)
            ? (own, PeakHoursSource.Place, "here")
            : draft.Area is { } area && stats.Area.TryGetValue(area, out Profile? inArea) && inArea.Supports(options.MinimumTimedCrimes)
                ? (inArea, PeakHoursSource.Area, $"in {area}")
                : stats.StudyArea.Supports(options.MinimumTimedCrimes)
                    ? (stats.StudyArea, PeakHoursSource.StudyArea, "across the study area")
                    : ((Profile?)null, PeakHoursSource.None, "");
        string dose = string.Create(s_invariant, $"{visits} visit{(visits == 1 ? "" : "s")} of {minutes} min");
        if (profile is null)
        {
            string why = stats.TimedCrimes == 0
                ? "no times in the data: choose times from local knowledge"
                : "too few crimes with times to find peak hours: choose times from local knowledge";
            return new PatrolPlan(visits, minutes, [], PeakHoursSource.None, null, 0, 0, 0, own.Crimes, $"{dose}; {why}");
        }

        (int start, int hours, double share) = HourProfile.PeakWindow(profile.Hours, options.PeakShare);

        // Half the window at least should be free of visits, or the times would be all but fixed.
        int minimumHours = (int)Math.Ceiling(2.0 * visits * minutes / 60);
        (start, hours, share) = HourProfile.Widen(profile.Hours, start, hours, minimumHours);
        TimeOnly[] times = VisitTimes(options.Seed, options.Date, draft.Cell, start, hours, visits, minutes);
        var text = new StringBuilder(dose).Append(" at ");
        for (int i = 0; i < times.Length; i++)
        {
            text.Append(i == 0 ? "" : i == times.Length - 1 ? " and " : ", ").Append(times[i].ToString("HH:mm", s_invariant));
        }

        text.Append(s_invariant, $" (peak {start:00}:00-{(start + hours) % 24:00}:00 holds {share * 100:F0}% of {profile.Timed} timed crimes {where})");
        return new PatrolPlan(visits, minutes, times, source, new TimeOnly(start, 0), hours, share, profile.Timed, profile.Crimes, text.ToString());
    }

    /// <summary>
    /// Stratified random times: the window less the visits themselves is split into equal parts, one start drawn in each
    /// (to the minute), then each visit is pushed past the ones before it, so visits never overlap and spread through
    /// the window while each time stays unpredictable.
    /// </summary>
    internal static TimeOnly[] VisitTimes(long seed, DateOnly date, CellId cell, int startHour, int hours, int visits, int minutes)
    {
        var rng = SplitMix64.For(seed, date, cell.Column, cell.Row);
        double free = Math.Max(0, (hours * 60) - (visits * minutes));
        var times = new TimeOnly[visits];
        for (int j = 0; j < visits; j++)
        {
            double offset = (j + rng.NextDouble()) * free / visits;
            int minute = ((startHour * 60) + (int)Math.Floor(offset) + (j * minutes)) % (24 * 60);
            times[j] = new TimeOnly(minute / 60, minute % 60);
        }

        return times;
    }

    private static string Reason(PlaceDraft draft, List<CategoryTally> tallies, GiStarValue? gi, PlaceTrend trend, TaskingOptions options)
    {
        var text = new StringBuilder();
        if (draft.Source == PlaceSource.AddedByAnalyst)
        {
            text.Append("added by analyst: ").Append(draft.AnalystReason).Append("; ");
        }

        text.Append(CrimesText(tallies)).Append(s_invariant, $" in the last {options.LookBackMonths} months; ");
        if (draft.Harm > 0)
        {
            string where = options.TopNPerArea && draft.Area is not null ? $" in {options.AreaName?.Invoke(draft.Area) ?? draft.Area}" : "";
            text.Append("harm ").Append(HarmFigure.Whole(draft.Harm)).Append(' ').Append(options.HarmUnit);
            string ranked = options.Method == TaskingMethod.Forecast
                ? $"; forecast risk {Ordinal(draft.HarmRank)} highest{where} ({options.Forecast!.Method})" // set with the method
                : $", {Ordinal(draft.HarmRank)} highest{where}";
            text.Append(draft.HarmRank > 0 ? ranked : draft.Excluded ? ", in an excluded cell" : "");
            text.Append("; ");
        }

        text.Append(gi switch
        {
            null => "outside the study area",
            { IsHotSpot: true } => "significant cluster",
            { IsColdSpot: true } => "significantly low harm around it",
            _ => "not a significant cluster",
        });
        text.Append("; ").Append(TrendText(trend, options.LookBackMonths));
        return text.ToString();
    }

    private static string CrimesText(List<CategoryTally> tallies)
    {
        var parts = new List<string>();
        int others = 0;
        foreach (CategoryTally t in tallies)
        {
            if (!(t.Harm > 0))
            {
                continue;
            }

            if (parts.Count < 3)
            {
                parts.Add(string.Create(s_invariant, $"{t.Crimes} {ShortName(t.Category)}"));
            }
            else
            {
                others += t.Crimes;
            }
        }

        if (others > 0)
        {
            parts.Add(string.Create(s_invariant, $"{others} other crime{(others == 1 ? "" : "s")}"));
        }

        return parts.Count switch
        {
            0 => "no crimes with harm",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
    }

    private static string TrendText(PlaceTrend trend, int months) => trend.Direction switch
    {
        TrendDirection.NotAvailable => string.Create(s_invariant, $"no trend (the {months} months before are not in the data)"),
        TrendDirection.Rising => trend.ChangePercent is { } up ? string.Create(s_invariant, $"rising (+{up:F0}%)") : "rising (none before)",
        TrendDirection.Falling => string.Create(s_invariant, $"falling ({trend.ChangePercent:F0}%)"),
        _ => trend.ChangePercent is { } change ? string.Create(s_invariant, $"no clear change ({change:+0;-0;0}%)") : "no clear change",
    };

    /// <summary>How a sergeant would say the category.</summary>
    internal static string ShortName(CrimeCategory category) => category switch
    {
        CrimeCategory.ViolenceAndSexualOffences or CrimeCategory.LegacyViolentCrime => "violence",
        CrimeCategory.PossessionOfWeapons => "weapons possession",
        CrimeCategory.CriminalDamageAndArson => "criminal damage",
        _ => CrimeCategories.Name(category).ToLowerInvariant(),
    };

    internal static string Ordinal(int n)
    {
        string suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return string.Create(s_invariant, $"{n:N0}{suffix}");
    }
}
