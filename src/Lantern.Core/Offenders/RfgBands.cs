using System.Globalization;
using Lantern.Core.Harm;

namespace Lantern.Core.Offenders;

/// <summary>
/// The points bands of RFG and RFGV scoring: for each factor, half-open ranges [from, to) and their points. Forces keep
/// their own bands (DOMAIN.md §4), so the table is data with a version, and the version is stored with every score.
/// </summary>
/// <remarks>
/// Immutable and thread safe. Header <c>factor,from,to,points</c>; a blank <c>to</c> is open-ended; a value in no band
/// scores 0. Bands of one factor may not overlap. The default is embedded (<c>Offenders/Tables/rfgv-bands-2026.csv</c>).
/// </remarks>
public sealed class RfgBands
{
    private readonly (double From, double To, int Points)[][] _bands;

    private RfgBands(string name, string version, string source, (double, double, int)[][] bands)
    {
        Name = name;
        Version = version;
        Source = source;
        _bands = bands;
    }

    /// <summary>The default bands (illustrative, in the shape of the MATAC matrix).</summary>
    public static RfgBands Default { get; } = LoadDefault();

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>Version, stored with every score.</summary>
    public string Version { get; }

    /// <summary>Where the bands come from.</summary>
    public string Source { get; }

    /// <summary>The points a value earns on a factor: the band holding it, else 0.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="value">The value (months, offences, days or victims).</param>
    /// <returns>The points.</returns>
    public int PointsFor(RfgFactor factor, double value)
    {
        foreach ((double from, double to, int points) in _bands[(int)factor])
        {
            if (value >= from && value < to)
            {
                return points;
            }
        }

        return 0;
    }

    /// <summary>The points of one person.</summary>
    /// <param name="monthsSinceLatest">Whole months since the latest offence.</param>
    /// <param name="offences">Offences in the window.</param>
    /// <param name="harm">Harm in the window.</param>
    /// <param name="victims">Distinct known victims.</param>
    /// <returns>The points per factor.</returns>
    public RfgPoints Score(int monthsSinceLatest, int offences, double harm, int victims) =>
        new(PointsFor(RfgFactor.Recency, monthsSinceLatest), PointsFor(RfgFactor.Frequency, offences), PointsFor(RfgFactor.Gravity, harm),
            PointsFor(RfgFactor.Victims, victims));

    /// <summary>The band a value falls in, as text ("1-3", "7 or more"), or null when in none.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="value">The value.</param>
    /// <returns>The band's text.</returns>
    public string? BandText(RfgFactor factor, double value)
    {
        foreach ((double from, double to, int _) in _bands[(int)factor])
        {
            if (value >= from && value < to)
            {
                return double.IsPositiveInfinity(to)
                    ? string.Create(CultureInfo.InvariantCulture, $"{from:0.##} or more")
                    : string.Create(CultureInfo.InvariantCulture, $"{from:0.##} to under {to:0.##}");
            }
        }

        return null;
    }

    /// <summary>Parses bands.</summary>
    /// <param name="text">The table's text.</param>
    /// <param name="fileName">Named in error messages.</param>
    /// <returns>The bands, or the first error with its line and field.</returns>
    public static TableParseResult<RfgBands> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        TableText? table = TableText.Read(text, fileName, "factor,from,to,points", out var error);
        if (table is null)
        {
            return TableParseResult<RfgBands>.Fail(fileName, error!.Value.Line, error.Value.Field, error.Value.Reason); // set when null
        }

        var bands = new List<(double, double, int)>[4];
        for (int i = 0; i < bands.Length; i++)
        {
            bands[i] = [];
        }

        foreach ((int line, string[] f) in table.Rows)
        {
            if (f.Length != 4 || !Enum.TryParse(f[0], ignoreCase: true, out RfgFactor factor) || !Enum.IsDefined(factor)
                || char.IsAsciiDigit(f[0].FirstOrDefault()))
            {
                return TableParseResult<RfgBands>.Fail(fileName, line, "factor", $"'{f[0]}' is not recency, frequency, gravity or victims");
            }

            if (!double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double from) || !double.IsFinite(from) || from < 0)
            {
                return TableParseResult<RfgBands>.Fail(fileName, line, "from", $"'{f[1]}' is not a non-negative number");
            }

            double to = double.PositiveInfinity;
            if (f[2].Length > 0 && (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out to) || !double.IsFinite(to) || to <= from))
            {
                return TableParseResult<RfgBands>.Fail(fileName, line, "to", $"'{f[2]}' is not a number above 'from' (or blank for no upper end)");
            }

            if (!int.TryParse(f[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int points) || points < 0)
            {
                return TableParseResult<RfgBands>.Fail(fileName, line, "points", $"'{f[3]}' is not a whole number of points, 0 or more");
            }

            if (bands[(int)factor].Any(b => from < b.Item2 && b.Item1 < to))
            {
                return TableParseResult<RfgBands>.Fail(fileName, line, "from", $"this {f[0]} band overlaps another");
            }

            bands[(int)factor].Add((from, to, points));
        }

        return TableParseResult<RfgBands>.Ok(new RfgBands(table.Name, table.Version, table.Source,
            bands.Select(b => b.OrderBy(x => x.Item1).ToArray()).ToArray()));
    }

    private static RfgBands LoadDefault()
    {
        TableParseResult<RfgBands> result = Parse(TableText.Embedded("Lantern.Core.Offenders.Tables.rfgv-bands-2026.csv"), "rfgv-bands-2026.csv");
        return result.Table ?? throw new InvalidOperationException($"Embedded RFGV bands are invalid: {result.Error}");
    }
}
