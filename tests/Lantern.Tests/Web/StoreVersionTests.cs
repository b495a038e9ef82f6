using Lantern.Data.Store;
using Lantern.Tests.Cli;
using Lantern.Web.Services;

namespace Lantern.Tests.Web;

/// <summary>The web's fingerprint of the store, which decides when a cached tasking list is made again.</summary>
public sealed class StoreVersionTests
{
    [Fact]
    public void BoundariesRedrawn_ChangeTheVersion_TheSameFileAgainDoesNot()
    {
        using var cli = new CliRun();
        string first = Square(cli, "first.geojson", 0.01);
        string redrawn = Square(cli, "redrawn.geojson", 0.02);
        cli.RunOk("areas", "import", first, "--level", "lsoa");
        StoreVersion before = Read(cli);

        cli.Time.Now = cli.Time.Now.AddMinutes(5);
        cli.RunOk("areas", "import", first, "--level", "lsoa");
        Assert.Equal(before, Read(cli));

        // The same area, redrawn: its row is updated in place (same id, same count), which the version must still see.
        cli.RunOk("areas", "import", redrawn, "--level", "lsoa");
        StoreVersion after = Read(cli);
        Assert.Equal((before.Areas, before.Imports), (after.Areas, after.Imports));
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void BoundariesRedrawnWithinTheSameSecond_ChangeTheVersion()
    {
        using var cli = new CliRun();
        cli.RunOk("areas", "import", Square(cli, "first.geojson", 0.01), "--level", "lsoa");
        StoreVersion before = Read(cli);
        cli.Time.Now = cli.Time.Now.AddMilliseconds(1);
        cli.RunOk("areas", "import", Square(cli, "redrawn.geojson", 0.02), "--level", "lsoa");
        Assert.NotEqual(before, Read(cli));
    }

    [Fact]
    public void Read_NeverReadsTheAreasThemselves()
    {
        // Read on every tasking request: the areas' rows hold their boundaries (megabytes for a force's LSOAs), so when
        // they last changed must come from an index, as their count does.
        using var cli = new CliRun();
        cli.RunOk("areas", "import", Square(cli, "first.geojson", 0.01), "--level", "lsoa");
        using LanternStore store = LanternStore.Open(cli.Db);

        List<string> plan = [.. Dapper.SqlMapper.Query<(long, long, long, string Detail)>(store.Connection, "EXPLAIN QUERY PLAN " + StoreVersion.Sql).Select(r => r.Detail)];

        // SQLite names a min/max it answers by a seek and one it answers by reading every row alike ("SEARCH area"): that the
        // index on imported_at is used is what tells them apart.
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN area", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("area_imported_at", StringComparison.Ordinal));
    }

    private static StoreVersion Read(CliRun cli)
    {
        using LanternStore store = LanternStore.Open(cli.Db);
        return StoreVersion.Read(store);
    }

    /// <summary>One LSOA in Newport as a square of <paramref name="size"/> degrees, in WGS84 as ONS files are.</summary>
    private static string Square(CliRun cli, string name, double size)
    {
        string e = (-3.01 + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string n = (51.58 + size).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string path = Path.Combine(cli.Directory, name);
        File.WriteAllText(path,
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"LSOA21CD\":\"W01001680\",\"LSOA21NM\":\"Newport 007E\"}," +
            $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[-3.01,51.58],[{e},51.58],[{e},{n}],[-3.01,{n}],[-3.01,51.58]]]}}}}]}}");
        return path;
    }
}
