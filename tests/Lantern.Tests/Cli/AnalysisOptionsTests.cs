using System.Text.Json;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Tests.Shared;

namespace Lantern.Tests.Cli;

/// <summary>The options hot spots and tasking share: harm file, mask, area, per-area lists.</summary>
public sealed class AnalysisOptionsTests
{
    [Fact]
    public void HarmFile_ChangesTheRankingAndIsRecorded()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        string file = Path.Combine(cli.Directory, "shoplifting-only.csv");
        File.WriteAllText(file, "# name: shoplifting only\n# version: test-1\n# source: Retail crime survey 2026\nkey,weight,counted,note\nshoplifting,1,true,\n");

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--harm-file", file, "--json"));
        Assert.Equal("test-1", doc.RootElement.GetProperty("parameters").GetProperty("harmTable").GetProperty("version").GetString());
        // The table's own source is recorded beside the file it came from (docs/harm.md).
        Assert.Equal($"{file}: Retail crime survey 2026", doc.RootElement.GetProperty("parameters").GetProperty("harmTable").GetProperty("source").GetString());
        JsonElement top = doc.RootElement.GetProperty("result").GetProperty("places")[0];
        int shoplifting = top.GetProperty("byCategory").EnumerateArray()
            .Where(c => c.GetProperty("category").GetString() == "Shoplifting").Sum(c => c.GetProperty("crimes").GetInt32());
        Assert.Equal(shoplifting, top.GetProperty("harm").GetDouble());
    }

    [Fact]
    public void HarmFile_Malformed_NamesFileLineAndField()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        string file = Path.Combine(cli.Directory, "bad.csv");
        File.WriteAllText(file, "key,weight,counted,note\nrobbery,365,true,\nburglary,lots,true,\n");
        var (exit, _, err) = cli.Run("hotspots", "--harm-file", file);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("bad.csv line 3, field 'weight'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_ExcludesTheCellsUnderIt()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        using JsonDocument before = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--json"));
        JsonElement top = before.RootElement.GetProperty("result").GetProperty("places")[0];
        double lat = top.GetProperty("latitude").GetDouble(), lon = top.GetProperty("longitude").GetDouble();
        string mask = Path.Combine(cli.Directory, "mask.geojson");
        string ring = string.Join(',', new[] { (-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1) }
            .Select(d => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{lon + (d.Item1 * 0.0003)},{lat + (d.Item2 * 0.0003)}]")));
        File.WriteAllText(mask, $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"prison"},"geometry":{"type":"Polygon","coordinates":[[{{{ring}}}]]}}]}""");

        using JsonDocument after = JsonDocument.Parse(cli.RunOk("tasking", "--date", "2025-02-03", "--mask", mask, "--json"));
        JsonElement result = after.RootElement.GetProperty("result");
        Assert.True(result.GetProperty("excludedCells").GetInt32() >= 1);
        Assert.DoesNotContain(result.GetProperty("places").EnumerateArray(),
            p => p.GetProperty("cell").GetString() == top.GetProperty("cell").GetString());
    }

    [Fact]
    public void PerArea_BoundariesOfAnotherPlace_SaysNoCellLiesInAnArea()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        // A borough in London, far from the synthetic force: none of its cells lies in it.
        string boroughs = Path.Combine(cli.Directory, "elsewhere.geojson");
        File.WriteAllText(boroughs, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"LAD22CD":"E09000033","LAD22NM":"Westminster"},"geometry":{"type":"Polygon","coordinates":[[[-0.2,51.49],[-0.1,51.49],[-0.1,51.53],[-0.2,51.53],[-0.2,51.49]]]}}]}""");
        cli.RunOk("areas", "import", boroughs, "--level", "borough");

        string output = cli.RunOk("tasking", "--date", "2025-02-03", "--per-area", "borough");

        Assert.Contains("No places to task: none of the", output, StringComparison.Ordinal);
        Assert.DoesNotContain("carry no harm", output, StringComparison.Ordinal);
        Assert.Contains("cells with harm lie in no area of the list's level", output, StringComparison.Ordinal);
    }

    [RealDataFact]
    public void AreaCells_EveryLondonBorough_AreTheCellsItsBoundaryTouches()
    {
        // The row-by-row rasteriser against NetTopologySuite's prepared-polygon test, cell by cell, for the 33 real
        // boundaries (thousands of vertices, islands, the Thames): the same cells, at the default size and a fine one.
        using var cli = new CliRun();
        cli.RunOk("areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");
        using LanternStore store = LanternStore.Open(cli.Db);
        var codes = AreaStore.NamesOf(store, "borough").Select(a => a.Code).ToList();
        Assert.Equal(33, codes.Count);
        foreach (int size in new[] { 150, 50 })
        {
            var grid = new Lantern.Core.Geography.GridSpec(size);
            foreach (string code in codes)
            {
                NetTopologySuite.Geometries.Geometry area = AreaStore.Find(store, code)!.Geometry;
                Lantern.Core.Geography.CellSet cells = Lantern.Core.Geography.CellSet.Touching(area, grid);
                var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(area);
                var differ = new List<string>();
                for (long k = 0; k < cells.Extent.CellCount; k++)
                {
                    Lantern.Core.Geography.CellId cell = cells.Extent.CellAt(k);
                    Lantern.Core.Geography.BngPoint sw = grid.SouthWest(cell);
                    bool touches = prepared.Intersects(area.Factory.ToGeometry(new NetTopologySuite.Geometries.Envelope(sw.Easting, sw.Easting + size, sw.Northing, sw.Northing + size)));
                    if (touches != cells.Contains(cell))
                    {
                        differ.Add(grid.CellName(cell));
                    }
                }

                Assert.True(differ.Count == 0, $"{code} at {size} m: {differ.Count} cells differ ({string.Join(", ", differ.Take(5))})");
            }
        }
    }

    [RealDataFact]
    public void Area_MetBurglaryInWestminster_StaysInsideAndSplitsByLsoa()
    {
        using var cli = new CliRun();
        cli.RunOk("import", RealData.Path("police-met-burglary-only", "2023-11"), RealData.Path("police-met-burglary-only", "2023-12"));
        cli.RunOk("areas", "import", RealData.Path("geo", "london-boroughs-2022.geojson"), "--level", "borough");
        cli.RunOk("areas", "import", RealData.Path("geo", "london-lsoa-2021.geojson"), "--level", "lsoa");

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk(
            "hotspots", "--force", "metropolitan", "--from", "2023-11", "--to", "2023-12", "--area", "E09000033", "--area-level", "borough", "--json"));
        var cells = doc.RootElement.GetProperty("result").GetProperty("cells").EnumerateArray().ToList();
        Assert.NotEmpty(cells);
        // Cells are placed by their centre: a crime inside Westminster can sit in a cell whose centre is just over the boundary.
        double inside = cells.Count(c => c.GetProperty("area").GetString() == "E09000033") / (double)cells.Count;
        Assert.True(inside > 0.9, $"only {inside:P0} of cells have their centre in Westminster");

        // The study area is the cells Westminster touches, not the box around it (half of which is Camden, Kensington and
        // Chelsea, Lambeth...): those cells must not count as cells with no crime in Gi*. Checked against the boundary's
        // own area and perimeter: the cells cover the area, and lie within a cell's diagonal of it.
        double studyCells = doc.RootElement.GetProperty("result").GetProperty("studyAreaCells").GetDouble();
        NetTopologySuite.Geometries.Geometry westminster;
        using (LanternStore store = LanternStore.Open(cli.Db))
        {
            westminster = AreaStore.Find(store, "E09000033")!.Geometry;
        }

        NetTopologySuite.Geometries.Envelope box = westminster.EnvelopeInternal;
        double boxCells = (Math.Floor(box.MaxX / 150) - Math.Floor(box.MinX / 150) + 1) * (Math.Floor(box.MaxY / 150) - Math.Floor(box.MinY / 150) + 1);
        double reach = 150 * Math.Sqrt(2);
        Assert.InRange(studyCells * 150 * 150, westminster.Area, westminster.Area + (westminster.Length * reach) + (Math.PI * reach * reach));
        Assert.True(studyCells < 0.6 * boxCells, $"{studyCells} cells of the {boxCells} around Westminster");
        Assert.Contains(doc.RootElement.GetProperty("result").GetProperty("automaticChoices").EnumerateArray(),
            c => c.GetString()!.StartsWith($"study area: the {studyCells:N0} cells that E09000033 touches", StringComparison.Ordinal));

        using JsonDocument perArea = JsonDocument.Parse(cli.RunOk(
            "tasking", "--force", "metropolitan", "--date", "2024-01-15", "--months", "2", "--per-area", "borough", "--top", "2", "--json"));
        var places = perArea.RootElement.GetProperty("result").GetProperty("places").EnumerateArray().ToList();
        var byBorough = places.GroupBy(p => p.GetProperty("area").GetString()).ToList();
        Assert.True(byBorough.Count >= 30, $"{byBorough.Count} boroughs");
        Assert.All(byBorough, g => Assert.InRange(g.Count(), 1, 2));
        // A sergeant reads "1st highest in Westminster", not the borough's code.
        Assert.Contains(places, p => p.GetProperty("area").GetString() == "E09000033"
            && p.GetProperty("reason").GetString()!.Contains("1st highest in Westminster;", StringComparison.Ordinal));

        // The CSV carries the code of every imported level, finest first, as analysts join on either.
        string[] csv = cli.RunOk("tasking", "--force", "metropolitan", "--date", "2024-01-15", "--months", "2", "--top", "3", "--csv").Split('\n');
        List<string> header = CsvLine.Split(csv[0]), first = CsvLine.Split(csv[1]);
        int lsoa = header.IndexOf("lsoa_code"), borough = header.IndexOf("borough_code");
        Assert.True(lsoa > 0 && borough == lsoa + 1, csv[0]);
        Assert.StartsWith("E01", first[lsoa], StringComparison.Ordinal);
        Assert.StartsWith("E09", first[borough], StringComparison.Ordinal);
    }
}
