using Lantern.Core.Crimes;
using Lantern.Core.Hotspots;

namespace Lantern.Core.Tasking;

public static partial class TaskingAnalysis
{
    /// <summary>Per-place tallies from one pass over the crimes: categories, trend counts and hour-of-day profiles.</summary>
    private sealed class PlaceStatistics
    {
        private PlaceStatistics(int places)
        {
            int stride = CrimeFilter.CategoryCount;
            CategoryCount = new int[places * stride];
            CategoryHarm = new double[places * stride];
            Current = new int[places];
            Previous = new int[places];
            Place = new Profile[places];
            for (int p = 0; p < places; p++)
            {
                Place[p] = new Profile();
            }
        }

        public int[] CategoryCount { get; }

        public double[] CategoryHarm { get; }

        /// <summary>Crimes with harm in the look-back period.</summary>
        public int[] Current { get; }

        /// <summary>Crimes with harm in the previous period.</summary>
        public int[] Previous { get; }

        public Profile[] Place { get; }

        public Dictionary<string, Profile> Area { get; } = new(StringComparer.Ordinal);

        public Profile StudyArea { get; } = new();

        /// <summary>Crimes analysed in the look-back period that have a time window.</summary>
        public int TimedCrimes { get; private set; }

        public static PlaceStatistics Collect(CrimePoints crimes, CellCounts counts, TaskingOptions options, List<PlaceDraft> places,
            PeriodCoverage lookBack, PeriodCoverage previous, string?[]? areaOfCell)
        {
            var stats = new PlaceStatistics(places.Count);
            var placeOf = new Dictionary<long, int>(places.Count);
            for (int p = 0; p < places.Count; p++)
            {
                placeOf[Pack(places[p].Cell.Column, places[p].Cell.Row)] = p;
            }

            var current = new CrimeFilter(lookBack.First, lookBack.Last, options.Categories);
            var before = new CrimeFilter(previous.First, previous.Last, options.Categories);
            bool timed = crimes.TimedCount > 0;
            bool areas = timed && areaOfCell is not null;
            int stride = CrimeFilter.CategoryCount;
            double size = options.Grid.CellSize;
            ReadOnlySpan<double> east = crimes.Easting;
            ReadOnlySpan<double> north = crimes.Northing;
            ReadOnlySpan<double> harm = crimes.Harm;
            ReadOnlySpan<int> month = crimes.MonthIndex;
            ReadOnlySpan<CrimeCategory> category = crimes.Category;
            ReadOnlySpan<long> from = crimes.FromTicks;
            ReadOnlySpan<long> to = crimes.ToTicks;
            for (int i = 0; i < east.Length; i++)
            {
                bool now = current.Includes(month[i], category[i]);
                bool then = !now && before.Includes(month[i], category[i]);
                if (!now && !then)
                {
                    continue;
                }

                bool hasTime = from[i] != 0;
                if (now && hasTime)
                {
                    stats.TimedCrimes++;
                }

                int column = (int)Math.Floor(east[i] / size), row = (int)Math.Floor(north[i] / size);
                bool harmful = harm[i] > 0;
                if (now && harmful && timed)
                {
                    stats.StudyArea.Add(hasTime, from[i], to[i]);
                    if (areas && counts.TryFind(new(column, row), out int cell) && areaOfCell![cell] is { } code) // areas implies areaOfCell
                    {
                        if (!stats.Area.TryGetValue(code, out Profile? profile))
                        {
                            stats.Area[code] = profile = new Profile();
                        }

                        profile.Add(hasTime, from[i], to[i]);
                    }
                }

                if (placeOf.Count == 0 || !placeOf.TryGetValue(Pack(column, row), out int p))
                {
                    continue;
                }

                if (then)
                {
                    stats.Previous[p] += harmful ? 1 : 0;
                    continue;
                }

                int c = (int)category[i];
                c = c >= 0 && c < stride ? c : 0; // an undefined value counts as Unknown
                stats.CategoryCount[(p * stride) + c]++;
                stats.CategoryHarm[(p * stride) + c] += harm[i];
                if (harmful)
                {
                    stats.Current[p]++;
                    stats.Place[p].Add(hasTime, from[i], to[i]);
                }
            }

            return stats;
        }

        private static long Pack(int column, int row) => unchecked(((long)column << 32) | (uint)row);
    }

    /// <summary>Crimes with harm of a place, area or study area, and the hour-of-day profile of those with times.</summary>
    private sealed class Profile
    {
        public double[] Hours { get; } = new double[24];

        public int Crimes { get; private set; }

        public int Timed { get; private set; }

        public void Add(bool hasTime, long from, long to)
        {
            Crimes++;
            if (hasTime)
            {
                Timed++;
                HourProfile.Add(Hours, from, to);
            }
        }

        /// <summary>Enough timed crimes to read peak hours from: at least the minimum, and at least half of all.</summary>
        public bool Supports(int minimum) => Timed >= minimum && 2L * Timed >= Crimes;
    }
}
