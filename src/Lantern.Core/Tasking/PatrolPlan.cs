namespace Lantern.Core.Tasking;

/// <summary>
/// A place's patrol dosage for the day: 1-3 visits of about 15 minutes (DOMAIN.md §2), at random, unpredictable
/// times within the peak hours its timed crimes show, or no times at all when the data cannot support them.
/// </summary>
/// <remarks>Immutable and thread safe.</remarks>
public sealed class PatrolPlan
{
    private readonly TimeOnly[] _times;

    internal PatrolPlan(int visits, int minutes, TimeOnly[] times, PeakHoursSource source, TimeOnly? peakStart, int peakHours,
        double peakShare, int timedCrimes, int crimes, string advice)
    {
        VisitsPerDay = visits;
        VisitMinutes = minutes;
        _times = times;
        Source = source;
        PeakStart = peakStart;
        PeakHours = peakHours;
        PeakShare = peakShare;
        TimedCrimes = timedCrimes;
        CrimesConsidered = crimes;
        Advice = advice;
    }

    /// <summary>Visits a day, 1 to 3.</summary>
    public int VisitsPerDay { get; }

    /// <summary>Minutes per visit.</summary>
    public int VisitMinutes { get; }

    /// <summary>Start times of the visits (local time), earliest first within the peak window; empty when there is no peak.</summary>
    /// <remarks>A window that runs past midnight gives times after midnight: they belong to the same night's shift.</remarks>
    public IReadOnlyList<TimeOnly> VisitTimes => _times;

    /// <summary>Whose timed crimes gave the peak hours; <see cref="PeakHoursSource.None"/> when none did.</summary>
    public PeakHoursSource Source { get; }

    /// <summary>Start of the peak window (on the hour, local time); null when there is no peak.</summary>
    public TimeOnly? PeakStart { get; }

    /// <summary>Length of the peak window in whole hours (0 when there is no peak).</summary>
    public int PeakHours { get; }

    /// <summary>Share of the timed crimes' weight falling in the peak window (0 when there is no peak).</summary>
    public double PeakShare { get; }

    /// <summary>Timed crimes behind the peak hours (of the place, area or study area, as <see cref="Source"/> says).</summary>
    public int TimedCrimes { get; }

    /// <summary>Crimes with harm of the same place, area or study area, timed or not.</summary>
    public int CrimesConsidered { get; }

    /// <summary>
    /// The plan in one line, e.g. "3 visits of 15 min at 19:05, 21:41 and 23:10 (peak 18:00-00:00 holds 64% of 42 timed
    /// crimes here)", or "2 visits of 15 min; no times in the data: choose times from local knowledge".
    /// </summary>
    public string Advice { get; }
}
