using System.Globalization;
using Lantern.Core.Geography;

namespace Lantern.Cli;

/// <summary>
/// A cell named on the command line: by its id (<c>150m-E331050-N188100</c>, as Lantern prints it), by a British
/// National Grid point (<c>331100,188150</c>), or by latitude/longitude (<c>51.588,-2.997</c>, recognised by its range).
/// </summary>
internal static class CellOption
{
    public static (GridSpec Grid, CellId Cell) Parse(string text, int defaultCellSize)
    {
        string t = text.Trim();
        if (t.Contains('m', StringComparison.Ordinal) && t.Contains("-E", StringComparison.Ordinal))
        {
            string[] parts = t.Split('-');
            if (parts.Length == 3 && parts[0].EndsWith('m')
                && int.TryParse(parts[0][..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int size) && size is >= 1 and <= 10_000
                && parts[1].StartsWith('E') && long.TryParse(parts[1][1..], NumberStyles.None, CultureInfo.InvariantCulture, out long e)
                && parts[2].StartsWith('N') && long.TryParse(parts[2][1..], NumberStyles.None, CultureInfo.InvariantCulture, out long n)
                && e % size == 0 && n % size == 0)
            {
                return (new GridSpec(size), new CellId((int)(e / size), (int)(n / size)));
            }

            throw new CliException($"'{text}' is not a cell id like 150m-E331050-N188100 (size, then the south-west corner's easting and northing, multiples of the size)", ExitCodes.Usage);
        }

        string[] xy = t.Split(',');
        if (xy.Length == 2
            && double.TryParse(xy[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double a)
            && double.TryParse(xy[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double b))
        {
            var grid = new GridSpec(defaultCellSize);
            if (Math.Abs(a) <= 90 && Math.Abs(b) <= 180)
            {
                if (!GreatBritain.Contains(b, a))
                {
                    throw new CliException($"'{text}' (latitude, longitude) is outside Great Britain", ExitCodes.BadInput);
                }

                return (grid, grid.CellOf(new BritishNationalGrid().ToBng(b, a)));
            }

            var p = new BngPoint(a, b);
            if (!GreatBritain.Contains(p))
            {
                throw new CliException($"'{text}' (easting, northing) is outside the British National Grid", ExitCodes.BadInput);
            }

            return (grid, grid.CellOf(p));
        }

        throw new CliException($"'{text}' is not a cell: give a cell id (150m-E331050-N188100), an easting,northing or a latitude,longitude", ExitCodes.Usage);
    }
}
