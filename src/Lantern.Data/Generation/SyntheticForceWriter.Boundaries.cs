using System.Text.Json;
using Lantern.Core.Geography;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Lantern.Data.Generation;

/// <content>The fictional LSOA boundaries as an RFC 7946 GeoJSON FeatureCollection.</content>
internal static partial class SyntheticForceWriter
{
    private static async Task WriteBoundariesAsync(SyntheticTown town, string directory, CancellationToken cancellationToken)
    {
        string path = Path.Combine(directory, LsoaBoundaryFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!); // never null: the path has a folder
        Polygon[] boundaries = town.LsoaBoundaries();
        var grid = new BritishNationalGrid();
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16, useAsync: true);
        await using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("name", "lantern-demo-lsoa (synthetic, fictional)");
            json.WriteStartArray("features");
            for (int i = 0; i < boundaries.Length; i++)
            {
                SyntheticLsoa lsoa = town.Lsoas[i];
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("properties");
                json.WriteString("LSOACD", lsoa.Code);
                json.WriteString("LSOANM", lsoa.Name);
                json.WriteString("MSOACD", lsoa.MsoaCode);
                json.WriteString("MSOANM", lsoa.MsoaName);
                json.WriteEndObject();
                json.WriteStartObject("geometry");
                json.WriteString("type", "Polygon");
                json.WriteStartArray("coordinates");
                WriteRing(json, grid, boundaries[i].ExteriorRing.Coordinates, counterClockwise: true);
                foreach (LinearRing hole in boundaries[i].InteriorRings)
                {
                    WriteRing(json, grid, hole.Coordinates, counterClockwise: false);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                if (json.BytesPending > FlushChars)
                {
                    await json.FlushAsync(cancellationToken);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    // RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise; positions [longitude, latitude], 6 decimals.
    private static void WriteRing(Utf8JsonWriter json, BritishNationalGrid grid, Coordinate[] ring, bool counterClockwise)
    {
        bool reverse = Orientation.IsCCW(ring) != counterClockwise;
        json.WriteStartArray();
        for (int k = 0; k < ring.Length; k++)
        {
            Coordinate c = ring[reverse ? ring.Length - 1 - k : k];
            (double lon, double lat) = grid.ToWgs84(new BngPoint(c.X, c.Y));
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(lon, 6));
            json.WriteNumberValue(Math.Round(lat, 6));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
