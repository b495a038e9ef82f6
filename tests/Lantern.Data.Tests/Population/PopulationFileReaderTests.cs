using System.Text;
using Lantern.Core.StopSearch;
using Lantern.Data.Formats.Population;

namespace Lantern.Data.Tests.Population;

public sealed class PopulationFileReaderTests
{
    // Census 2021 TS021 as Nomis writes it, shortened to the five groups and one detailed group (which must then hold all of Asian).
    internal const string Ts021Header =
        "date,geography,geography code,Ethnic group: Total: All usual residents,\"Ethnic group: Asian, Asian British or Asian Welsh\"," +
        "\"Ethnic group: Asian, Asian British or Asian Welsh: Indian\",\"Ethnic group: Black, Black British, Black Welsh, Caribbean or African\"," +
        "Ethnic group: Mixed or Multiple ethnic groups,Ethnic group: White,Ethnic group: Other ethnic group";

    internal const string Census2011ForceHeader =
        "PFA16NM,Ethnic Group: All categories: Ethnic group; measures: Value,Ethnic Group: White; measures: Value," +
        "Ethnic Group: Mixed; measures: Value,Ethnic Group: Asian; measures: Value,Ethnic Group: Black; measures: Value,Ethnic Group: Other; measures: Value";

    [Fact]
    public void Read_Ts021ByMsoa_FiveGroupsAndTotal()
    {
        PopulationFile f = Read(Ts021Header, "2021,City of London 001,E02000001,8584,1445,1445,232,470,5955,482");

        Assert.True(f.IsSuccess, string.Join("; ", f.Errors));
        Assert.Equal((PopulationFileKind.AreaCensus, "census2021"), (f.Kind, f.Census));
        CensusRow r = Assert.Single(f.Rows);
        Assert.Equal((2L, "msoa", "E02000001", "City of London 001", 8584L), (r.Line, r.Level, r.Code, r.Name, r.AllResidents));
        Assert.Equal(new EthnicGroupCounts(5955, 232, 1445, 470, 482), r.Groups);
    }

    [Theory]
    [InlineData("2021,A,E02000001,8585,1445,321,232,470,5955,482", "Ethnic group: Total: All usual residents", "the five groups add up to 8584, not the total 8585")]
    [InlineData("2021,A,E02000001,8584,1445,1446,232,470,5955,482", "Ethnic group: Asian, Asian British or Asian Welsh", "its detailed groups add up to 1446, not 1445")]
    [InlineData("2021,A,E02000001,8584,1445,1445,232,470,5955,4 82", "Ethnic group: Other ethnic group", "not a whole number of people: '4 82'")]
    [InlineData("2021,A,E02000001,8584,1445,1445,232,470,-5955,482", "Ethnic group: White", "not a whole number of people: '-5955'")]
    [InlineData("2021,London,E12000007,8584,1445,1445,232,470,5955,482", "geography code", "not an LSOA, MSOA or local authority code (E01/W01, E02/W02, E06-E09/W06): 'E12000007'")]
    [InlineData("2011,A,E02000001,8584,1445,1445,232,470,5955,482", "date", "not 2021, the year of this census table: '2011'")]
    [InlineData("2021,A,E02000001,8584,1445,1445,232,470,5955", "(record)", "expected 10 fields as in the header, found 9")]
    public void Read_BadRow_RefusedWithLineFieldAndReason(string row, string field, string reason)
    {
        PopulationFile f = Read(Ts021Header, "2021,City of London 001,E02000001,8584,1445,1445,232,470,5955,482", row.Replace("E02000001", "E02000002", StringComparison.Ordinal));

        Assert.False(f.IsSuccess);
        var e = Assert.Single(f.Errors);
        Assert.Equal((3L, field, reason.Replace("E02000001", "E02000002", StringComparison.Ordinal)), (e.Line, e.Field, e.Reason));
    }

    [Fact]
    public void Read_SameAreaTwice_Refused()
    {
        PopulationFile f = Read(Ts021Header, "2021,A,E02000001,10,1,1,1,1,6,1", "2021,A,E02000001,10,1,1,1,1,6,1");
        Assert.Equal("E02000001 appears twice (first on line 2)", Assert.Single(f.Errors).Reason);
    }

    [Fact]
    public void Read_Census2011ByForce_NamesBecomeSlugs()
    {
        PopulationFile f = Read(Census2011ForceHeader, "Avon & Somerset,1599555,1491970,28277,41981,30923,6404",
            "Metropolitan,8166566,4881636,404990,1510606,1088447,280887");

        Assert.True(f.IsSuccess, string.Join("; ", f.Errors));
        Assert.Equal((PopulationFileKind.ForceCensus, "census2011"), (f.Kind, f.Census));
        Assert.Equal(["avon-and-somerset", "metropolitan"], f.Rows.Select(r => r.Code));
        Assert.Equal(("force", "Metropolitan", 1088447L), (f.Rows[1].Level, f.Rows[1].Name, f.Rows[1].Groups.Black));
    }

    [Fact]
    public void Read_UnknownForce_Refused()
    {
        PopulationFile f = Read(Census2011ForceHeader, "Gotham,10,6,1,1,1,1");
        Assert.Equal(("PFA16NM", "not a police force area Lantern knows: 'Gotham'"), (Assert.Single(f.Errors).Field, f.Errors[0].Reason));
    }

    [Fact]
    public void Read_SourceDisagreesWithHeader_Refused()
    {
        PopulationFile f = ReadAs("census2011", Ts021Header, "2021,A,E02000001,10,1,1,1,1,6,1");
        Assert.Equal("the header is that of the Census 2021 (census2021), not the Census 2011 (census2011) that --source says", Assert.Single(f.Errors).Reason);
    }

    [Fact]
    public void Read_RuralUrbanSplit_OnlyTotalRowsKept()
    {
        const string header = "date,geography,geography code,Rural Urban,Ethnic Group: All categories: Ethnic group; measures: Value,Ethnic Group: White; measures: Value," +
            "Ethnic Group: Mixed; measures: Value,Ethnic Group: Asian; measures: Value,Ethnic Group: Black; measures: Value,Ethnic Group: Other; measures: Value";
        PopulationFile f = Read(header, "2011,Darlington,E06000005,Total,10,6,1,1,1,1", "2011,Darlington,E06000005,Urban (total),8,5,1,1,1,0");

        Assert.True(f.IsSuccess, string.Join("; ", f.Errors));
        Assert.Equal(("borough", 1L), (Assert.Single(f.Rows).Level, f.Skipped));
    }

    [Fact]
    public void Read_MsoaLookup_OneBoroughPerMsoa()
    {
        const string header = "LSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LAD22CD,LAD22NM";
        PopulationFile f = Read(header, "E01000001,City of London 001A,E02000001,City of London 001,E09000001,City of London",
            "E01000002,City of London 001B,E02000001,City of London 001,E09000001,City of London",
            "E01000003,Barking 001A,E02000002,Barking 001,E09000002,Barking and Dagenham");

        Assert.True(f.IsSuccess, string.Join("; ", f.Errors));
        Assert.Equal(PopulationFileKind.MsoaToBorough, f.Kind);
        Assert.Equal([("E02000001", "E09000001", "City of London"), ("E02000002", "E09000002", "Barking and Dagenham")],
            f.Links.Select(l => (l.Code, l.ParentCode, l.ParentName)));

        PopulationFile conflict = Read(header, "E01000001,A,E02000001,A,E09000001,X", "E01000002,B,E02000001,B,E09000002,Y");
        Assert.Equal("E02000001 is in E09000001 on line 2 and in E09000002 here: an area lies in one borough", Assert.Single(conflict.Errors).Reason);
    }

    [Fact]
    public void Read_BoroughToForceLookup_OnsNamesBecomeSlugs()
    {
        PopulationFile f = Read("LAD16CD,LAD16NM,CSP16CD,CSP16NM,PFA16CD,PFA16NM,FID",
            "E09000001,City of London,E22000001,City of London,E23000034,\"London, City of\",1",
            "E09000002,Barking and Dagenham,E22000002,Barking and Dagenham,E23000001,Metropolitan Police,2");

        Assert.True(f.IsSuccess, string.Join("; ", f.Errors));
        Assert.Equal([("E09000001", "city-of-london"), ("E09000002", "metropolitan")], f.Links.Select(l => (l.Code, l.ParentCode)));
        Assert.All(f.Links, l => Assert.Equal(("borough", "force"), (l.Level, l.ParentLevel)));
    }

    [Theory]
    [InlineData("Police force,White,Black (or Black British),Asian (or Asian British),Chinese,Mixed,Other", "older police grouping")] // Chinese apart: refused with what to use instead
    [InlineData("LSOA11CD,MSOA11CD,LAD11CD", "must use 2021 MSOA codes")] // 2011 MSOAs cannot sum Census 2021 counts
    [InlineData("Crime ID,Month,Crime type", "not a recognised population file")] // a police file given to the wrong command
    public void Read_OtherFiles_RefusedWithWhatToDo(string header, string reason)
    {
        PopulationFile f = Read(header, string.Join(',', header.Split(',').Select(_ => "1")));
        Assert.Contains(reason, Assert.Single(f.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal(1, f.Errors[0].Line);
    }

    internal static PopulationFile Read(string header, params string[] rows) => Read(header, rows, census: null);

    private static PopulationFile ReadAs(string census, string header, string row) => Read(header, [row], census);

    private static PopulationFile Read(string header, string[] rows, string? census)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', [header, .. rows]) + "\n"));
        return PopulationFileReader.Read(stream, "test.csv", census);
    }
}
