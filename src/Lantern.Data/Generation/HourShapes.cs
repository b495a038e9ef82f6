namespace Lantern.Data.Generation;

/// <summary>
/// The hour-of-day shapes of the synthetic force, drawn to resemble published timed crime data (Vancouver's
/// open data in ../shared/data/events, UK force profiles): night-time economy peaking 22:00-02:00, shops in
/// trading hours with a late-afternoon school-out peak, domestic violence in the evening.
/// </summary>
internal static class HourShapes
{
    /// <summary>Pubs and clubs: evening rise, peak around midnight (weekend nights amplified).</summary>
    public static HourShape NightEconomy { get; } = new("night economy",
        [8, 8.5, 6.5, 3.8, 1.8, 0.9, 0.5, 0.5, 0.7, 0.9, 1.1, 1.3,
         1.6, 1.7, 1.8, 2.0, 2.3, 2.7, 3.1, 3.5, 4.2, 5.2, 6.5, 7.6], nightlife: true);

    /// <summary>Homes: a slow rise through the day to an evening plateau.</summary>
    public static HourShape Evening { get; } = new("evening",
        [2.4, 2.0, 1.5, 1.0, 0.7, 0.5, 0.6, 0.9, 1.2, 1.5, 1.7, 1.9,
         2.1, 2.2, 2.3, 2.6, 2.9, 3.2, 3.5, 3.7, 3.8, 3.8, 3.6, 3.1], nightlife: false);

    /// <summary>Trading hours, peaking late afternoon.</summary>
    public static HourShape Daytime { get; } = new("daytime",
        [0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.8, 1.8, 2.8, 3.6, 4.0,
         4.3, 4.3, 4.4, 4.8, 4.9, 4.5, 3.4, 2.3, 1.6, 1.1, 0.8, 0.5], nightlife: false);

    /// <summary>After school into the evening: anti-social behaviour, damage.</summary>
    public static HourShape Youth { get; } = new("youth",
        [1.5, 1.1, 0.8, 0.5, 0.3, 0.2, 0.3, 0.5, 0.8, 1.0, 1.2, 1.4,
         1.7, 1.9, 2.1, 2.8, 3.6, 4.2, 4.6, 4.8, 4.8, 4.4, 3.5, 2.4], nightlife: false);

    /// <summary>Late evening and night, with a Friday/Saturday lift: weapons, drugs, street robbery.</summary>
    public static HourShape Late { get; } = new("late",
        [3.5, 3.0, 2.2, 1.4, 0.8, 0.4, 0.3, 0.4, 0.6, 0.8, 1.0, 1.3,
         1.6, 1.8, 2.0, 2.4, 2.8, 3.2, 3.6, 4.0, 4.4, 4.6, 4.6, 4.2], nightlife: true);

    /// <summary>When a car is left or a house locked up for the night: the start of an overnight window.</summary>
    public static HourShape OvernightStart { get; } = new("overnight start",
        [1.2, 0.9, 0.6, 0.3, 0.1, 0, 0, 0, 0, 0, 0, 0,
         0, 0, 0, 0, 0.2, 0.8, 2.0, 3.0, 3.6, 3.8, 3.4, 2.2], nightlife: false);

    /// <summary>When a household leaves for the day: the start of a daytime burglary window.</summary>
    public static HourShape LeavingHome { get; } = new("leaving home",
        [0, 0, 0, 0, 0, 0, 0.2, 1.5, 3.5, 3.0, 2.0, 1.5,
         1.3, 1.3, 1.2, 1.0, 0.8, 0.6, 0.4, 0.2, 0, 0, 0, 0], nightlife: false);
}
