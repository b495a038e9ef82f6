using System.Text;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Hotspots;

namespace Lantern.Data.Formats.Exports;

/// <summary>
/// Writes hot-spot cells as CSV for Excel, QGIS/ArcGIS and Power BI: invariant culture, a header row, one row per cell
/// (see <see cref="HotspotRow"/>), the recorded run's number, BNG x/y and WGS84 lon/lat of the cell centre, the stable cell id, the area codes when
/// given, harm, rank, kernel density, Gi* and crimes by category.
/// </summary>
internal static class HotspotCsvWriter
{
    /// <summary>Writes the CSV.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="areas">Area codes to add, one column per level; null for none.</param>
    /// <param name="run">The recorded run the cells are the result of, written on every row (see <see cref="ExportText.Run"/>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task WriteAsync(HotspotResult result, TextWriter writer, AreaCodes? areas, long run,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        var geometry = new CellGeometry(result.Counts.Grid);
        IReadOnlyList<CrimeCategory> categories = CrimeCategories.Current;
        var line = new StringBuilder();
        line.Field(ExportText.Run).Field("cell_id").Field("x").Field("y").Field("lon").Field("lat");
        areas ??= AreaCodes.None;
        foreach (var (level, _) in areas.Levels)
        {
            line.Field(AreaCodes.Column(level));
        }

        line.Field("harm_rank").Field("crimes").Field("harm").Field("density_per_km2").Field("gi_z").Field("gi_p").Field("gi_q")
            .Field("gi_class");
        foreach (CrimeCategory c in categories)
        {
            line.Field("crimes_" + CrimeCategories.Slug(c).Replace('-', '_'));
        }

        line.Field("crimes_other_categories");
        await writer.WriteLineAsync(line, cancellationToken);

        CellCounts counts = result.Counts;
        foreach (HotspotRow row in HotspotRow.From(result))
        {
            line.Clear();
            BngPoint centre = counts.Grid.Centre(row.Cell);
            (double lon, double lat) = geometry.Centre(row.Cell);
            line.Field(run).Field(counts.Grid.CellName(row.Cell)).Field(centre.Easting, "0.##").Field(centre.Northing, "0.##")
                .Field(lon, "0.######").Field(lat, "0.######");
            foreach (var (_, codeOf) in areas.Levels)
            {
                line.Field(codeOf(row.Cell));
            }

            bool occupied = row.CountsIndex >= 0;
            line.Field(occupied ? row.HarmRank : null)
                .Field(occupied ? counts.Count[row.CountsIndex] : 0)
                .Field(occupied ? counts.Harm[row.CountsIndex] : 0, "0.####")
                .Field(row.Density, "0.###")
                .Field(row.GiStar?.Z, "0.0000")
                .Field(row.GiStar is { } g ? ExportText.P(g.PValue) : null)
                .Field(row.GiStar is { } q ? ExportText.P(q.AdjustedP) : null)
                .Field(row.GiClass);
            int other = 0;
            ReadOnlySpan<int> byCategory = occupied ? counts.CategoryCounts(row.CountsIndex) : [];
            for (int c = 0; c < byCategory.Length; c++)
            {
                if (!categories.Contains((CrimeCategory)c))
                {
                    other += byCategory[c];
                }
            }

            foreach (CrimeCategory c in categories)
            {
                line.Field(occupied ? byCategory[(int)c] : 0);
            }

            line.Field(other);
            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }
}
