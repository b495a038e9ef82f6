namespace Lantern.Data.Generation;

/// <summary>
/// Relative weights of the 24 local hours at which crimes of a kind start, with an optional night-time-economy
/// adjustment: Friday and Saturday nights run late, their small hours land on Saturday and Sunday mornings.
/// </summary>
internal sealed class HourShape
{
    /// <summary>Creates a shape.</summary>
    /// <param name="name">For diagnostics.</param>
    /// <param name="weights">24 non-negative weights, hour 0 first.</param>
    /// <param name="nightlife">Whether the weekend night adjustment applies.</param>
    public HourShape(string name, double[] weights, bool nightlife)
    {
        System.Diagnostics.Debug.Assert(weights.Length == 24, "An hour shape has 24 weights.");
        Name = name;
        Nightlife = nightlife;
        Cumulative = new double[4][];
        for (int dayType = 0; dayType < 4; dayType++)
        {
            double[] c = new double[24];
            double sum = 0;
            for (int h = 0; h < 24; h++)
            {
                sum += weights[h] * (nightlife ? NightlifeFactor(dayType, h) : 1.0);
                c[h] = sum;
            }

            Cumulative[dayType] = c;
        }
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>Whether the weekend night adjustment applies.</summary>
    public bool Nightlife { get; }

    /// <summary>Cumulative hour weights by day type: 0 Monday-Thursday, 1 Friday, 2 Saturday, 3 Sunday.</summary>
    public double[][] Cumulative { get; }

    /// <summary>The day type of a date, as <see cref="Cumulative"/> is indexed.</summary>
    /// <param name="day">The date.</param>
    /// <returns>0 Monday-Thursday, 1 Friday, 2 Saturday, 3 Sunday.</returns>
    public static int DayType(DayOfWeek day) => day switch
    {
        DayOfWeek.Friday => 1,
        DayOfWeek.Saturday => 2,
        DayOfWeek.Sunday => 3,
        _ => 0,
    };

    // The small hours of Saturday and Sunday belong to Friday and Saturday nights; weekday nights end early.
    private static double NightlifeFactor(int dayType, int hour) => (dayType, hour) switch
    {
        (0, <= 4) => 0.45,
        (1, >= 20) => 1.6,
        (2, <= 5) => 2.4,
        (2, >= 20) => 1.8,
        (3, <= 5) => 2.6,
        (3, >= 19) => 0.55,
        _ => 1.0,
    };
}
