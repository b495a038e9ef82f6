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

        /// <param name="crimes">The crimes.</param>
        /// <param name="counts">The look-back period's cells.</param>
        /// <param name="cellOfCrime">Each crime's cell as an index into <paramref name="counts"/>, −1 when the aggregation left it out.</param>
        /// <param name="options">The list's options.</param>
        /// <param name="places">The places listed.</param>
        /// <param name="lookBack">The look-back period.</param>
        /// <param name="previous">The period before it.</param>
        /// <param name="areaOfCell">The area of each of the counts' cells, or null.</param>
        public static PlaceStatistics Collect(CrimePoints crimes, CellCounts counts, int[] cellOfCrime, TaskingOptions options, List<PlaceDraft> places,
            PeriodCoverage lookBack, PeriodCoverage previous, string?[]? areaOfCell)
        {
            var stats = new PlaceStatistics(places.Count);
            var placeOf = new PlaceLookup(places);
            int[] placeOfCell = new int[counts.OccupiedCount];
            Array.Fill(placeOfCell, -1);
            for (int p = 0; p < places.Count; p++)
            {
                if (counts.TryFind(places[p].Cell, out int cell))
                {
                    placeOfCell[cell] = p;
                }
            }

            var current = new CrimeFilter(lookBack.First, lookBack.Last, options.Categories);
            var before = new CrimeFilter(previous.First, previous.Last, options.Categories);
            bool timed = crimes.TimedCount > 0;
            bool areas = timed && areaOfCell is not null;
            Profile?[] profileOfCell = areas ? new Profile?[counts.OccupiedCount] : [];
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

                // A crime of the look-back period inside the study area has its cell from the aggregation (the same filter);
                // the others are placed by their coordinates, as a place an analyst added may lie outside the study area.
                int cell = now ? cellOfCrime[i] : -1;
                bool harmful = harm[i] > 0;
                if (now && harmful && timed)
                {
                    Profile? area = areas && cell >= 0 ? AreaProfile(stats, profileOfCell, areaOfCell!, cell) : null; // areas implies areaOfCell
                    stats.StudyArea.Add(hasTime, from[i], to[i], area);
                }

                int p;
                if (cell >= 0)
                {
                    p = placeOfCell[cell];
                }
                else if (!placeOf.TryFind(east[i] / size, north[i] / size, out p))
                {
                    continue;
                }

                if (p < 0)
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

        // The profile of the area a cell lies in, found once a cell (the area's profiles are kept in the order first met).
        private static Profile? AreaProfile(PlaceStatistics stats, Profile?[] profileOfCell, string?[] areaOfCell, int cell)
        {
            Profile? profile = profileOfCell[cell];
            if (profile is null && areaOfCell[cell] is { } code)
            {
                if (!stats.Area.TryGetValue(code, out profile))
                {
                    stats.Area[code] = profile = new Profile();
                }

                profileOfCell[cell] = profile;
            }

            return profile;
        }

    }

    /// <summary>
    /// The place a crime lies in, for crimes placed by their coordinates (half of all crimes: the previous period's).
    /// Most lie in a column no place is in, which one bit tells, before the dictionary is asked.
    /// </summary>
    private sealed class PlaceLookup
    {
        private readonly Dictionary<long, int> _placeOf;
        private readonly ulong[] _columns = [];
        private readonly int _firstColumn;

        public PlaceLookup(List<PlaceDraft> places)
        {
            _placeOf = new Dictionary<long, int>(places.Count);
            if (places.Count == 0)
            {
                return;
            }

            _firstColumn = places.Min(p => p.Cell.Column);
            long span = (long)places.Max(p => p.Cell.Column) - _firstColumn + 1;
            _columns = new ulong[(span + 63) / 64];
            for (int p = 0; p < places.Count; p++)
            {
                _placeOf[Pack(places[p].Cell.Column, places[p].Cell.Row)] = p;
                int bit = places[p].Cell.Column - _firstColumn;
                _columns[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        /// <summary>The place in the cell at column floor(<paramref name="column"/>), row floor(<paramref name="row"/>).</summary>
        /// <param name="column">Easting over the cell size.</param>
        /// <param name="row">Northing over the cell size.</param>
        /// <param name="place">The place's index, or −1.</param>
        public bool TryFind(double column, double row, out int place)
        {
            place = -1;
            // Compared before converting, so that the conversions cannot overflow (a checked one is a call per crime).
            double bit = Math.Floor(column) - _firstColumn;
            if (!(bit >= 0 && bit < _columns.Length * 64.0 && Math.Abs(row) < int.MaxValue))
            {
                return false;
            }

            int b = unchecked((int)bit);
            return (_columns[b >> 6] & (1UL << (b & 63))) != 0
                && _placeOf.TryGetValue(Pack(_firstColumn + b, unchecked((int)Math.Floor(row))), out place);
        }

        private static long Pack(int column, int row) => unchecked(((long)column << 32) | (uint)row);
    }

    /// <summary>Crimes with harm of a place, area or study area, and the hour-of-day profile of those with times.</summary>
    private sealed class Profile
    {
        public double[] Hours { get; } = new double[24];

        public int Crimes { get; private set; }

        public int Timed { get; private set; }

        /// <summary>Adds a crime to this profile, and to <paramref name="also"/> (its area's) when given, in one walk over its hours.</summary>
        public void Add(bool hasTime, long from, long to, Profile? also = null)
        {
            Crimes++;
            if (also is not null)
            {
                also.Crimes++;
            }

            if (hasTime)
            {
                Timed++;
                if (also is not null)
                {
                    also.Timed++;
                }

                HourProfile.Add(Hours, also is null ? [] : also.Hours, from, to);
            }
        }

        /// <summary>Enough timed crimes to read peak hours from: at least the minimum, and at least half of all.</summary>
        public bool Supports(int minimum) => Timed >= minimum && 2L * Timed >= Crimes;
    }
}
