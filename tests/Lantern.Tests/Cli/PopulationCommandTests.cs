using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

public sealed class PopulationCommandTests
{
    [RealDataFact]
    public void Population_RealCensusFilesAndLookups_MetResidentsSummedFromItsBoroughs()
    {
        using var cli = new CliRun();
        cli.RunOk("population", "import", RealData.Path("population", "census2021-ts021-msoa.csv"));
        cli.RunOk("population", "import", RealData.Path("geo", "london-lsoa-2021-to-borough.csv"));
        cli.RunOk("population", "import", RealData.Path("population", "lad16-to-police-force-area.csv"));
        cli.RunOk("population", "import", RealData.Path("population", "census2011-ethnic-group-by-police-force.csv"), "--source", "census2011");

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("population", "list", "--json"));
        JsonElement met = doc.RootElement.GetProperty("forces").EnumerateArray().Single(f => f.GetProperty("force").GetString() == "metropolitan");
        // The 1,001 MSOAs of the 32 boroughs outside the City, summed from census2021-ts021-msoa.csv with the
        // MSOA → LAD22 lookup by tests/tools/met_stop_search_check.py: all 8,791,344; White 4,725,220; Black 1,188,140; Asian 1,816,219;
        // Mixed 505,441; Other 556,324.
        JsonElement c2021 = met.GetProperty("census2021");
        Assert.Equal(8_791_344, c2021.GetProperty("residents").GetInt64());
        Assert.Equal(1_188_140, c2021.GetProperty("groups").GetProperty("black").GetInt64());
        Assert.Equal(4_725_220, c2021.GetProperty("groups").GetProperty("white").GetInt64());
        Assert.Equal("Census 2021, summed from its 32 boroughs", c2021.GetProperty("method").GetString());
        // Census 2011 by police force area, as published: 8,166,566.
        Assert.Equal(8_166_566, met.GetProperty("census2011").GetProperty("residents").GetInt64());

        string again = cli.RunOk("population", "import", RealData.Path("population", "census2021-ts021-msoa.csv"));
        Assert.Contains("added 0, updated 0, unchanged 7,264 (this file was imported before: nothing changed)", again, StringComparison.Ordinal);

        var (exit, _, err) = cli.Run("population", "import", RealData.Path("population", "census2011-police-ethnic-groups-by-police-force.csv"));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("older police grouping of the 2011 census", err, StringComparison.Ordinal);
    }

    [Fact]
    public void PopulationImport_BadRows_NothingImportedAndEveryRowNamed()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "ts021.csv");
        File.WriteAllText(file, string.Join('\n',
            "date,geography,geography code,Ethnic group: Total: All usual residents,\"Ethnic group: Asian, Asian British or Asian Welsh\"," +
            "\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African\",Ethnic group: Mixed or Multiple ethnic groups,Ethnic group: White,Ethnic group: Other ethnic group",
            "2021,A,E02000001,10,1,1,1,6,1",
            "2021,B,E02000002,11,1,1,1,6,1",
            "2021,C,E02000003,ten,1,1,1,6,1") + "\n");

        var (exit, _, err) = cli.Run("population", "import", file);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("ts021.csv line 3, field 'Ethnic group: Total: All usual residents': the five groups add up to 10, not the total 11", err, StringComparison.Ordinal);
        Assert.Contains("ts021.csv line 4, field 'Ethnic group: Total: All usual residents': not a whole number of people: 'ten'", err, StringComparison.Ordinal);
        Assert.Contains("2 error(s); nothing imported", err, StringComparison.Ordinal);
        // The file is read whole before the database is opened: nothing was written, not even a new database.
        Assert.False(File.Exists(cli.Db));
    }
}
