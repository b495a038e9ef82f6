using System.Runtime.InteropServices;
using Lantern.Core.Time;

namespace Lantern.Core.StopSearch;

/// <summary>
/// The veil-of-darkness test (Grogger and Ridgeway 2006; Pierson et al. 2020, "A large-scale analysis of racial
/// disparities in police stops across the United States"): if officers choose whom to search partly by ethnicity, the
/// share of Black people among those searched should fall when it is dark and officers see less. Among searches at the
/// same time of day, some happen in daylight and some in darkness depending on the season; the test compares them.
/// </summary>
/// <remarks>
/// <para>
/// Model (shared/docs/DOMAIN.md §5): logit P(searched person is Black) = γ_area + s(time of day) + β·dark, with s a
/// restricted cubic spline of UK clock time and γ one fixed effect per area. β &lt; 0 suggests Black people are
/// searched less when officers cannot see them, i.e. more in daylight than darkness alone explains.
/// </para>
/// <para>
/// The sample, in the order searches are left out: searches with coordinates (the sunset depends on the place);
/// with the ethnic group recorded; in an area (when areas are used); whose UK clock time falls in the inter-twilight
/// window of their place and year (between the earliest and the latest end of civil twilight of that year there, so
/// that the same clock time is light on some days and dark on others); and not between that day's sunset and civil
/// dusk (neither light nor dark: Pierson et al. drop it too). Dark is after civil dusk (the Sun 6° below the horizon)
/// at the search's own place and date, light before sunset. Areas whose remaining searches are all, or none, of Black
/// people are then left out: their effect is infinite and they carry no information on β.
/// </para>
/// <para>
/// The window is computed on a 0.05° grid of places (a few kilometres; dusk moves by less than half a minute across a
/// cell) for each year. UK clock time, summer time included, is the time of day: people's routines follow the clock,
/// and the clock changes move dusk by an hour overnight, which helps the test.
/// </para>
/// </remarks>
public static class VeilOfDarkness
{
    private const double GridDegrees = 0.05;

    /// <summary>Searches a worker takes at a time for their sunsets and dusks.</summary>
    private const int SolarChunk = 4096;

    /// <summary>Runs the test.</summary>
    /// <param name="searches">The searches; their order does not matter.</param>
    /// <param name="options">Knots and level.</param>
    /// <returns>β with its interval and the sample, or the reason no estimate could be made.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static VeilResult Analyse(IReadOnlyList<VeilSearch> searches, VeilOptions options)
    {
        ArgumentNullException.ThrowIfNull(searches);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // Which searches can be used, and the place-and-year cells of their windows.
        long noCoordinates = 0, unknown = 0, noArea = 0, outside = 0, twilight = 0;
        var candidates = new List<(int Search, DateOnly Date, double Minutes, int Cell)>(searches.Count);
        var cells = new Dictionary<(int Year, int Lat, int Lon), int>();
        for (int i = 0; i < searches.Count; i++)
        {
            VeilSearch s = searches[i];
            if (s.Latitude is not { } lat || s.Longitude is not { } lon)
            {
                noCoordinates++;
                continue;
            }

            if (s.Group == EthnicGroup.Unknown)
            {
                unknown++;
                continue;
            }

            if (s.Area < 0)
            {
                noArea++;
                continue;
            }

            DateTime local = UkTime.ToLocal(s.At);
            var key = (local.Year, (int)Math.Round(lat / GridDegrees), (int)Math.Round(lon / GridDegrees));
            ref int cell = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, key, out bool known);
            cell = known ? cell : cells.Count - 1;
            candidates.Add((i, DateOnly.FromDateTime(local), local.TimeOfDay.TotalMinutes, cell));
        }

        // The sunsets and dusks of a year for every cell, and of every search's own place and date, are independent of
        // one another: computed on every core, each into its own slot, so the answer does not depend on their number.
        var keys = new (int Year, int Lat, int Lon)[cells.Count];
        foreach (((int, int, int) key, int cell) in cells)
        {
            keys[cell] = key;
        }

        var windows = new (double Start, double End)[keys.Length];
        Parallel.For(0, keys.Length, c => windows[c] = Window(keys[c].Year, keys[c].Lat * GridDegrees, keys[c].Lon * GridDegrees));
        double windowStart = double.MaxValue, windowEnd = double.MinValue;
        var inWindow = new List<(int Search, DateOnly Date, double Minutes)>(candidates.Count);
        foreach ((int search, DateOnly date, double minutes, int cell) in candidates)
        {
            (double start, double end) = windows[cell];
            windowStart = Math.Min(windowStart, start);
            windowEnd = Math.Max(windowEnd, end);
            if (minutes < start || minutes > end)
            {
                outside++;
                continue;
            }

            inWindow.Add((search, date, minutes));
        }

        // Light before sunset, dark after civil dusk, at the search's own place and date; neither between them.
        var light = new bool[inWindow.Count];
        var dark = new bool[inWindow.Count];
        Parallel.For(0, (inWindow.Count + SolarChunk - 1) / SolarChunk, chunk =>
        {
            for (int k = chunk * SolarChunk; k < Math.Min(inWindow.Count, (chunk + 1) * SolarChunk); k++)
            {
                VeilSearch s = searches[inWindow[k].Search];
                DateOnly date = inWindow[k].Date;
                light[k] = SolarTimes.Sunset(date, s.Latitude!.Value, s.Longitude!.Value) is { } sunset && s.At < sunset;
                dark[k] = SolarTimes.CivilDusk(date, s.Latitude!.Value, s.Longitude!.Value) is { } dusk && s.At > dusk;
            }
        });

        var kept = new List<(double Hours, bool Dark, bool Black, int Area)>(inWindow.Count);
        for (int k = 0; k < inWindow.Count; k++)
        {
            if (!light[k] && !dark[k])
            {
                twilight++;
                continue;
            }

            VeilSearch s = searches[inWindow[k].Search];
            kept.Add((inWindow[k].Minutes / 60, dark[k], s.Group == EthnicGroup.Black, s.Area));
        }

        // Areas with no variation in the outcome: left out, and the rest renumbered densely (the first is the reference).
        var black = new Dictionary<int, (long Black, long All)>();
        foreach (var k in kept)
        {
            (long b, long a) = black.GetValueOrDefault(k.Area);
            black[k.Area] = (b + (k.Black ? 1 : 0), a + 1);
        }

        var index = new Dictionary<int, int>();
        long withoutVariation = 0;
        int areasWithout = 0;
        foreach ((int area, (long b, long a)) in black.OrderBy(p => p.Key))
        {
            if (b == 0 || b == a)
            {
                withoutVariation += a;
                areasWithout++;
            }
            else
            {
                index[area] = index.Count;
            }
        }

        var rows = kept.Where(k => index.ContainsKey(k.Area)).ToList();
        long darkAll = rows.Count(r => r.Dark), darkBlack = rows.Count(r => r.Dark && r.Black);
        long lightAll = rows.Count - darkAll, lightBlack = rows.Count(r => !r.Dark && r.Black);
        int columns = options.Knots + 1; // intercept, dark, and the spline's k − 1 columns
        (LogisticFit? fit, double[] knots, string? notFitted) = darkAll == 0 || lightAll == 0 || rows.Count <= columns + index.Count
            ? (null, [], "too few searches to fit: the model needs searches both in daylight and after dusk, and more searches than terms " +
                $"(found {lightAll} in daylight and {darkAll} after dusk)")
            : Fit(rows, columns, options.Knots, index);
        double z = LogisticRegression.Z(options.Level);
        double? beta = fit?.Coefficients[1];
        double? se = fit?.StandardError(1);
        return new VeilResult
        {
            Read = searches.Count,
            NoCoordinates = noCoordinates,
            UnknownEthnicity = unknown,
            NoArea = noArea,
            OutsideWindow = outside,
            Twilight = twilight,
            AreaWithoutVariation = withoutVariation,
            AreasUsed = index.Count,
            AreasWithoutVariation = areasWithout,
            Used = rows.Count,
            BlackWhenDark = new Proportion(darkBlack, darkAll),
            BlackWhenLight = new Proportion(lightBlack, lightAll),
            WindowStart = windows.Length == 0 ? null : Clock(windowStart),
            WindowEnd = windows.Length == 0 ? null : Clock(windowEnd),
            Level = options.Level,
            Knots = [.. knots.Select(k => Clock(k * 60))],
            Beta = beta,
            StandardError = se,
            Low = beta - (z * se),
            High = beta + (z * se),
            PValue = beta is { } estimate && se is { } error ? LogisticRegression.WaldP(estimate, error) : null,
            Iterations = fit?.Iterations ?? 0,
            Converged = fit?.Converged ?? false,
            NotFitted = notFitted,
        };
    }

    private static (LogisticFit? Fit, double[] Knots, string? NotFitted) Fit(
        List<(double Hours, bool Dark, bool Black, int Area)> rows, int columns, int knotCount, Dictionary<int, int> index)
    {
        double[] times = new double[rows.Count];
        for (int i = 0; i < times.Length; i++)
        {
            times[i] = rows[i].Hours;
        }

        Array.Sort(times);
        double[] knots = RestrictedCubicSpline.Knots(times, knotCount);
        for (int i = 1; i < knots.Length; i++)
        {
            if (knots[i] <= knots[i - 1])
            {
                return (null, [], "the times of day are too few or too bunched for the spline's knots to differ");
            }
        }

        var x = new double[rows.Count * columns];
        var group = new int[rows.Count];
        var y = new bool[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            Span<double> row = x.AsSpan(i * columns, columns);
            row[0] = 1;
            row[1] = rows[i].Dark ? 1 : 0;
            RestrictedCubicSpline.Basis(rows[i].Hours, knots, row[2..]);
            group[i] = index[rows[i].Area];
            y[i] = rows[i].Black;
        }

        LogisticFit fit = LogisticRegression.Fit(x, columns, group, index.Count, y);
        return (fit, knots, fit.Converged ? null : $"IRLS did not converge in {fit.Iterations} iterations: the estimate is not reliable");
    }

    /// <summary>
    /// The inter-twilight window of a place and year: the earliest and the latest end of civil twilight over the year's
    /// days, in minutes after midnight, UK clock time. Days with no civil dusk (far north at midsummer) do not count.
    /// </summary>
    internal static (double Start, double End) Window(int year, double latitude, double longitude)
    {
        double start = double.MaxValue, end = double.MinValue;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (SolarTimes.CivilDusk(day, latitude, longitude) is { } dusk)
            {
                DateTime local = UkTime.ToLocal(dusk);
                double minutes = (local - day.ToDateTime(TimeOnly.MinValue)).TotalMinutes;
                start = Math.Min(start, minutes);
                end = Math.Max(end, minutes);
            }
        }

        return (start, end);
    }

    private static TimeOnly Clock(double minutes) => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Math.Clamp(minutes, 0, (24 * 60) - 1e-6)));
}
