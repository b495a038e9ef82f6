namespace Lantern.Core.Tasking;

/// <summary>Whose crimes gave a patrol plan its peak hours.</summary>
public enum PeakHoursSource
{
    /// <summary>No peak hours: too few crimes with times (month-only data has none). Times are left to local knowledge.</summary>
    None = 0,

    /// <summary>The place's own timed crimes.</summary>
    Place = 1,

    /// <summary>The timed crimes of the place's area (the caller's area code).</summary>
    Area = 2,

    /// <summary>The timed crimes of the whole study area.</summary>
    StudyArea = 3,
}
