using Lantern.Data.Store;
using Lantern.Tests.Cli;
using Lantern.Web.Services;

namespace Lantern.Tests.Web;

/// <summary>The coverage the web keeps between imports, and the force lists it orders.</summary>
public sealed class CoverageCacheTests
{
    [Fact]
    public void CrimeForces_MostCrimesFirst_TiesBySlug_AndAnImportReordersThem()
    {
        using var cli = new CliRun();
        var cache = new CoverageCache();
        cli.RunOk("import", Export(cli, "one.csv", ("west-yorkshire", 1), ("dyfed-powys", 1)));
        using LanternStore store = LanternStore.Open(cli.Db);
        Assert.Equal(["dyfed-powys", "west-yorkshire"], cache.CrimeForces(store)); // a tie: by slug

        cli.RunOk("import", Export(cli, "two.csv", ("west-yorkshire", 3), ("gwent", 2)));

        Assert.Equal(["west-yorkshire", "gwent", "dyfed-powys"], cache.CrimeForces(store));
        Assert.Equal(4, cache.Read(store, "west-yorkshire").Series.Sum(s => s.Rows));
    }

    [Fact]
    public void SearchForces_MostSearchesFirst()
    {
        using var cli = new CliRun();
        var cache = new CoverageCache();
        cli.RunOk("import", Searches(cli, "city-of-london", 1), Searches(cli, "metropolitan", 2), Searches(cli, "avon-and-somerset", 1));
        using LanternStore store = LanternStore.Open(cli.Db);

        Assert.Equal(["metropolitan", "avon-and-somerset", "city-of-london"], cache.SearchForces(store));
        Assert.Empty(cache.CrimeForces(store));
    }

    // A data.police.uk stop-and-search file of a force with the given number of searches (its minutes differ by force, so
    // that no two files are the same bytes).
    private static string Searches(CliRun cli, string force, int searches)
    {
        string path = Path.Combine(cli.Directory, $"2024-01-{force}-stop-and-search.csv");
        File.WriteAllText(path, ImportApiTests.SearchHeader + string.Concat(Enumerable.Range(0, searches).Select(i =>
            $"Person search,2024-01-0{1 + i}T10:{force.Length:00}:00+00:00,False,,51.5,-0.1,Male,18-24,,,Misuse of Drugs Act 1971 (section 23),Controlled drugs," +
            "A no further action disposal,False,False\n")));
        return path;
    }

    // A force export with the given number of crimes for each force.
    private static string Export(CliRun cli, string name, params (string Force, int Crimes)[] forces)
    {
        string path = Path.Combine(cli.Directory, name);
        File.WriteAllLines(path, [
            "Crime reference,Force,Offence code,Crime type,Committed from,Committed to,Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome",
            .. forces.SelectMany(f => Enumerable.Range(0, f.Crimes).Select(i =>
                $"{name}-{f.Force}-{i},{f.Force},034/01,Robbery,2024-07-0{1 + i}T22:10,,331000,188000,,,High Street,,"))]);
        return path;
    }
}
