using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>
/// The synthetic crime process, run day by day and streamed in time order: each day each crime mode draws a
/// Poisson number of background events (scaled by season and day of week) at places drawn by risk, at hours drawn
/// from its shape; each event may then trigger same-category events nearby in the following days (near repeats).
/// </summary>
/// <remarks>
/// Memory stays flat whatever the number of events: only the current day and the pending triggered events
/// (about branching × lag × daily rate) are held. The run starts 35 days before the first month, so triggered
/// events are already in steady state when output begins; events triggered past the last month are dropped.
/// Expected count: the background is scaled by (1 − branching) per category, so background plus triggered events
/// average the requested number.
/// </remarks>
internal static class EventSimulator
{
    private const ulong EventStream = 2;
    private const int WarmUpDays = 35;
    private const long MinutesPerDay = 1440;

    /// <summary>Streams the events of a town.</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="town">The town built for the same seed and area.</param>
    /// <returns>The events in time order of their start.</returns>
    public static IEnumerable<SyntheticCrime> Run(GeneratorOptions options, SyntheticTown town)
    {
        var random = new DeterministicRandom(options.Seed, EventStream);
        IReadOnlyList<CrimeMode> modes = CrimeModes.All;
        var samplers = new PlaceSampler[modes.Count];
        var profiles = new CategoryProfile[modes.Count];
        double[] background = new double[modes.Count];
        DateOnly first = options.FirstMonth.FirstDay;
        DateOnly end = options.LastMonth.LastDay.AddDays(1);
        for (int m = 0; m < modes.Count; m++)
        {
            samplers[m] = new PlaceSampler(town, modes[m]);
            profiles[m] = CrimeModes.Profile(modes[m].Category);

            // Mean background events on a day of weight 1, so that the window's background sums to its share.
            double weightSum = 0;
            for (DateOnly d = first; d < end; d = d.AddDays(1))
            {
                weightSum += modes[m].DayWeight(d);
            }

            background[m] = options.TargetEvents * profiles[m].Proportion * modes[m].Share * (1 - profiles[m].Branching) / weightSum;
        }

        long firstMinute = first.DayNumber * MinutesPerDay;
        long endMinute = end.DayNumber * MinutesPerDay;
        var queue = new PriorityQueue<Pending, long>();
        uint sequence = 0;
        for (DateOnly day = first.AddDays(-WarmUpDays); day < end; day = day.AddDays(1))
        {
            long dayMinute = day.DayNumber * MinutesPerDay;
            int dayType = HourShape.DayType(day.DayOfWeek);
            for (int m = 0; m < modes.Count; m++)
            {
                int count = random.Poisson(background[m] * modes[m].DayWeight(day));
                for (int k = 0; k < count; k++)
                {
                    (double e, double n, PlaceKind setting) = samplers[m].Draw(random);
                    long minute = SkipSpringForwardGap(dayMinute + MinuteOfDay(random, modes[m].Hours, dayType));
                    queue.Enqueue(new Pending(e, n, m, minute, setting), Priority(minute, sequence++));
                }
            }

            long nextDayMinute = dayMinute + MinutesPerDay;
            while (queue.TryPeek(out Pending next, out long priority) && (priority >> 32) < nextDayMinute)
            {
                queue.Dequeue();
                Trigger(random, town, modes, profiles, next, endMinute, queue, ref sequence);
                if (next.Minute >= firstMinute)
                {
                    yield return Materialise(random, modes[next.Mode], next);
                }
            }
        }
    }

    // Near repeats: Poisson(branching) offspring, same mode, nearby, days later.
    private static void Trigger(DeterministicRandom random, SyntheticTown town, IReadOnlyList<CrimeMode> modes, CategoryProfile[] profiles,
        Pending parent, long endMinute, PriorityQueue<Pending, long> queue, ref uint sequence)
    {
        CategoryProfile profile = profiles[parent.Mode];
        int children = random.Poisson(profile.Branching);
        for (int c = 0; c < children; c++)
        {
            double lag;
            do
            {
                lag = random.Exponential(profile.LagMeanDays);
            }
            while (lag > profile.LagMaxDays);

            long parentDay = parent.Minute / MinutesPerDay;
            long childDay = parentDay + (long)lag;
            int dayType = HourShape.DayType(DateOnly.FromDayNumber((int)childDay).DayOfWeek);
            long minute = (childDay * MinutesPerDay) + MinuteOfDay(random, modes[parent.Mode].Hours, dayType);
            if (minute <= parent.Minute)
            {
                minute += MinutesPerDay;
            }

            minute = SkipSpringForwardGap(minute);

            (double e, double n) = town.Reflect(
                parent.Easting + (profile.SpreadMetres * random.Normal()),
                parent.Northing + (profile.SpreadMetres * random.Normal()));
            if (minute < endMinute)
            {
                queue.Enqueue(new Pending(e, n, parent.Mode, minute, parent.Setting), Priority(minute, sequence++));
            }
        }
    }

    private static SyntheticCrime Materialise(DeterministicRandom random, CrimeMode mode, Pending pending)
    {
        var from = new DateTime(pending.Minute * TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
        DateTime to = SkipSpringForwardGap(WindowEnd(random, mode.Window, from));
        return new SyntheticCrime(pending.Easting, pending.Northing, mode.Category, from, to,
            new YearMonth(from.Year, from.Month), pending.Setting);
    }

    private static DateTime WindowEnd(DeterministicRandom random, WindowKind window, DateTime from)
    {
        switch (window)
        {
            case WindowKind.Instant:
                return random.Chance(0.6) ? from : from.AddMinutes(5 + random.NextInt(40));
            case WindowKind.Short:
                return from.AddMinutes(10 * (1 + random.NextInt(12)));
            case WindowKind.Hours:
                return from.AddMinutes(60 + random.NextInt(421));
            case WindowKind.WorkingDay:
                return from.AddMinutes(240 + random.NextInt(361));
            case WindowKind.Overnight:
            default:
                // Found in the morning: the same morning for a start after midnight, else the next.
                DateTime morning = (from.Hour < 6 ? from.Date : from.Date.AddDays(1)).AddMinutes(360 + random.NextInt(211));
                return morning > from ? morning : from.AddHours(1);
        }
    }

    // Local times 01:00-01:59 on the last Sunday of March do not exist in Europe/London (clocks go forward). Start
    // times are moved before they are queued, so the stream stays in time order.
    private static DateTime SkipSpringForwardGap(DateTime t) =>
        t.Month == 3 && t.Day >= 25 && t.DayOfWeek == DayOfWeek.Sunday && t.Hour == 1 ? t.AddHours(1) : t;

    private static long SkipSpringForwardGap(long minute) =>
        SkipSpringForwardGap(new DateTime(minute * TimeSpan.TicksPerMinute, DateTimeKind.Unspecified)).Ticks / TimeSpan.TicksPerMinute;

    private static int MinuteOfDay(DeterministicRandom random, HourShape shape, int dayType)
    {
        int hour = random.Pick(shape.Cumulative[dayType]);

        // Recorded times bunch on the hour and half hour (a third of timed records in open data are on the hour).
        double u = random.NextDouble();
        int minute = u < 0.3 ? 0 : u < 0.4 ? 30 : random.NextInt(60);
        return (hour * 60) + minute;
    }

    // Time in the high 32 bits, arrival order in the low: a total order, so the run is reproducible.
    private static long Priority(long minute, uint sequence) => (minute << 32) | sequence;

    private readonly record struct Pending(double Easting, double Northing, int Mode, long Minute, PlaceKind Setting);

    // Draws locations for one mode: a place by (kind share × place intensity), then a spread around it.
    private sealed class PlaceSampler
    {
        private readonly SyntheticTown _town;
        private readonly double[] _cumulative;
        private readonly int[] _placeIndex;
        private readonly double _scattered;

        public PlaceSampler(SyntheticTown town, CrimeMode mode)
        {
            _town = town;
            _scattered = mode.Scattered;
            ReadOnlySpan<Place> places = town.Places;
            var kindTotal = new Dictionary<PlaceKind, double>();
            foreach (Place p in places)
            {
                kindTotal[p.Kind] = kindTotal.GetValueOrDefault(p.Kind) + p.Intensity;
            }

            var cumulative = new List<double>();
            var index = new List<int>();
            double sum = 0;
            for (int i = 0; i < places.Length; i++)
            {
                double share = 0;
                foreach ((PlaceKind kind, double s) in mode.Places)
                {
                    if (kind == places[i].Kind)
                    {
                        share += s;
                    }
                }

                if (share > 0)
                {
                    sum += share * places[i].Intensity / kindTotal[places[i].Kind];
                    cumulative.Add(sum);
                    index.Add(i);
                }
            }

            _cumulative = [.. cumulative];
            _placeIndex = [.. index];
        }

        public (double Easting, double Northing, PlaceKind Setting) Draw(DeterministicRandom random)
        {
            if (_cumulative.Length == 0 || random.Chance(_scattered))
            {
                (double se, double sn) = _town.ScatteredPoint(random);
                return (se, sn, PlaceKind.Scattered);
            }

            Place place = _town.Places[_placeIndex[random.Pick(_cumulative)]];
            (double e, double n) = _town.Reflect(
                place.Easting + (place.SpreadMetres * random.Normal()),
                place.Northing + (place.SpreadMetres * random.Normal()));
            return (e, n, place.Kind);
        }
    }
}
