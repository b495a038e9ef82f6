namespace Lantern.Data.Generation;

/// <summary>How long the committed-from/to window of a synthetic crime is, as force systems record it.</summary>
internal enum WindowKind
{
    /// <summary>A known moment (an assault seen by staff): usually From = To, sometimes a few minutes.</summary>
    Instant = 0,

    /// <summary>Up to two hours (a phone taken in a pub).</summary>
    Short = 1,

    /// <summary>One to eight hours (a bicycle left at the station).</summary>
    Hours = 2,

    /// <summary>From the evening or night to the next morning, when it was discovered (a car, a house at night).</summary>
    Overnight = 3,

    /// <summary>A working day away from home (a daytime burglary found at tea time).</summary>
    WorkingDay = 4,
}
