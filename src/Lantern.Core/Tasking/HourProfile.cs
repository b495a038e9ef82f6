namespace Lantern.Core.Tasking;

/// <summary>
/// Aoristic weighting (Ratcliffe 2002) of crimes over the 24 hours of the day: a crime known only to lie in a window
/// [from, to] spreads one unit of weight over the hours in proportion to the time of the window in each.
/// </summary>
internal static class HourProfile
{
    /// <summary>
    /// Adds one crime's weight to <paramref name="profile"/> and, when it is not empty, the same weights in the same order
    /// to <paramref name="also"/> (a study area's profile and its area's: one walk over the hours for both).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="also">A second profile of 24 slots, or empty for none.</param>
    /// <param name="fromTicks">Start of the window, local wall-clock ticks.</param>
    /// <param name="toTicks">End of the window, local ticks, not before the start; equal for an exact time.</param>
    public static void Add(Span<double> profile, Span<double> also, long fromTicks, long toTicks)
    {
        bool both = !also.IsEmpty;
        long span = toTicks - fromTicks;
        if (span <= 0)
        {
            int at = HourOf(fromTicks);
            profile[at] += 1;
            if (both)
            {
                also[at] += 1;
            }

            return;
        }

        // Whole days spread evenly; the remainder walks hour by hour from the start (the same time of day).
        long days = span / TimeSpan.TicksPerDay;
        if (days > 0)
        {
            double each = (double)days * TimeSpan.TicksPerHour / span;
            for (int h = 0; h < 24; h++)
            {
                profile[h] += each;
                if (both)
                {
                    also[h] += each;
                }
            }
        }

        // Hour by hour: the first step to the next hour, then whole hours, then what is left. This runs for every timed
        // crime of every list, so the hour and the time into it are found once, and a whole hour's weight is divided
        // out once (the same quotient each step would give).
        long remaining = span - (days * TimeSpan.TicksPerDay);
        int hour = HourOf(fromTicks);
        long untilNextHour = TimeSpan.TicksPerHour - (fromTicks % TimeSpan.TicksPerHour);
        double wholeHour = (double)TimeSpan.TicksPerHour / span;
        while (remaining > 0)
        {
            long take = Math.Min(remaining, untilNextHour);
            double weight = take == TimeSpan.TicksPerHour ? wholeHour : (double)take / span;
            profile[hour] += weight;
            if (both)
            {
                also[hour] += weight;
            }

            remaining -= take;
            untilNextHour = TimeSpan.TicksPerHour;
            hour = hour == 23 ? 0 : hour + 1;
        }
    }

    /// <summary>
    /// The shortest run of consecutive hours (wrapping past midnight) holding at least <paramref name="share"/> of the
    /// weight; among runs of that length the heaviest, then the earliest start.
    /// </summary>
    /// <returns>Start hour, length in hours and the share it holds; length 0 when the profile is empty.</returns>
    public static (int Start, int Hours, double Share) PeakWindow(ReadOnlySpan<double> profile, double share)
    {
        double total = 0;
        foreach (double v in profile)
        {
            total += v;
        }

        if (!(total > 0))
        {
            return (0, 0, 0);
        }

        // A tiny slack so a window holding exactly the share is not lost to rounding of the aoristic fractions.
        double need = (share * total) - (1e-9 * total);
        for (int length = 1; length <= 24; length++)
        {
            int bestStart = -1;
            double best = -1;
            for (int start = 0; start < 24; start++)
            {
                double sum = 0;
                for (int k = 0; k < length; k++)
                {
                    sum += profile[(start + k) % 24];
                }

                if (sum >= need && sum > best + (1e-12 * total))
                {
                    best = sum;
                    bestStart = start;
                }
            }

            if (bestStart >= 0)
            {
                return (bestStart, length, best / total);
            }
        }

        return (0, 24, 1);
    }

    /// <summary>
    /// Widens a window to at least <paramref name="minimumHours"/>, one hour at a time on whichever side holds more
    /// weight (the later side on a tie), so the visits have room to be unpredictable.
    /// </summary>
    /// <returns>The new start hour, length and share of the weight.</returns>
    public static (int Start, int Hours, double Share) Widen(ReadOnlySpan<double> profile, int start, int hours, int minimumHours)
    {
        double total = 0;
        foreach (double v in profile)
        {
            total += v;
        }

        while (hours < Math.Min(minimumHours, 24))
        {
            double before = profile[(start + 23) % 24];
            double after = profile[(start + hours) % 24];
            if (before > after)
            {
                start = (start + 23) % 24;
            }

            hours++;
        }

        double sum = 0;
        for (int k = 0; k < hours; k++)
        {
            sum += profile[(start + k) % 24];
        }

        return (start, hours, total > 0 ? sum / total : 0);
    }

    private static int HourOf(long ticks) => (int)(ticks / TimeSpan.TicksPerHour % 24);
}
