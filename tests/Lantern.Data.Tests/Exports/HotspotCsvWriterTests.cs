using System.Globalization;
using Lantern.Core.Hotspots;
using Lantern.Data.Formats.Exports;
using Lantern.Tests.Shared;

namespace Lantern.Data.Tests.Exports;

public class HotspotCsvWriterTests
{
    [Fact]
    public async Task WriteAsync_Analysis_WritesHeaderAndOneRowPerCell()
    {
        HotspotResult result = ExportFixtures.Hotspots();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        await HotspotCsvWriter.WriteAsync(result, writer, new AreaCodes([("borough", c => "W06000022")]), 42, CancellationToken.None);

        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        List<string> header = CsvLine.Split(lines[0].TrimEnd('\r'));
        Assert.Equal(["run", "cell_id", "x", "y", "lon", "lat", "borough_code", "harm_rank"], header.Take(8));
        Assert.Contains("crimes_violent_crime", header);
        int extra = 0;
        for (int i = 0; i < result.GiStar!.Cells.Length; i++)
        {
            extra += result.GiStar.Significant[i] && !result.Counts.TryFind(result.GiStar.Cells[i], out _) ? 1 : 0;
        }

        Assert.Equal(1 + result.Counts.OccupiedCount + extra, lines.Length);
        Assert.All(lines, l => Assert.Equal(header.Count, CsvLine.Split(l.TrimEnd('\r')).Count));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("42,", l, StringComparison.Ordinal)); // every row names its recorded run

        // The first row is the highest-harm cell.
        List<string> first = CsvLine.Split(lines[1].TrimEnd('\r'));
        int top = result.RankOrder[0];
        Assert.Equal(result.Counts.Grid.CellName(result.Counts.Cells[top]), first[header.IndexOf("cell_id")]);
        Assert.Equal("1", first[header.IndexOf("harm_rank")]);
        Assert.Equal(result.Counts.Harm[top], double.Parse(first[header.IndexOf("harm")], CultureInfo.InvariantCulture), 3);
        Assert.InRange(double.Parse(first[header.IndexOf("lon")], CultureInfo.InvariantCulture), -3.1, -2.9); // Newport
        Assert.InRange(double.Parse(first[header.IndexOf("lat")], CultureInfo.InvariantCulture), 51.5, 51.7);
    }

    [Fact]
    public async Task WriteAsync_CommaDecimalCulture_StillWritesInvariantNumbers()
    {
        HotspotResult result = ExportFixtures.Hotspots();
        CultureInfo saved = CultureInfo.CurrentCulture;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            await HotspotCsvWriter.WriteAsync(result, writer, null, 42, CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        List<string> header = CsvLine.Split(lines[0].TrimEnd('\r'));
        Assert.DoesNotContain("area_code", header); // no areas given, no column
        Assert.All(lines.Skip(1), l => Assert.DoesNotContain('"', l)); // no field needed quoting: no decimal commas
    }
}
