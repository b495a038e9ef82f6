using System.Text;
using Dapper;
using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using Lantern.Data.Formats.Population;
using Lantern.Data.Store;
using Lantern.Data.Tests.Population;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    private const string MsoaLookupHeader = "LSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LAD22CD,LAD22NM";
    private const string ForceLookupHeader = "LAD16CD,LAD16NM,PFA16NM";

    [StoreFact]
    public void ImportPopulation_SameFileTwice_ChangesNothing_ANewerFileUpdates()
    {
        using LanternStore store = Open();
        PopulationImportResult first = ImportPopulation(store, PopulationFileReaderTests.Ts021Header, "2021,A 001,E02000001,10,1,1,1,1,6,1", "2021,B 001,E02000002,20,2,2,2,2,12,2");
        PopulationImportResult again = ImportPopulation(store, PopulationFileReaderTests.Ts021Header, "2021,A 001,E02000001,10,1,1,1,1,6,1", "2021,B 001,E02000002,20,2,2,2,2,12,2");
        PopulationImportResult revised = ImportPopulation(store, PopulationFileReaderTests.Ts021Header, "2021,A 001,E02000001,10,1,1,1,1,6,1", "2021,B 001,E02000002,21,2,2,2,2,13,2");

        Assert.Equal((2, 0, 0, false), (first.Added, first.Updated, first.Unchanged, first.SameFileBefore));
        Assert.Equal((0, 0, 2, true), (again.Added, again.Updated, again.Unchanged, again.SameFileBefore));
        Assert.Equal((0, 1, 1), (revised.Added, revised.Updated, revised.Unchanged));
        Assert.Equal((2L, 2L), (Count(store, "population"), Count(store, "population_file")));
        Assert.Equal(13, store.Connection.ExecuteScalar<long>("SELECT white FROM population WHERE code = 'E02000002'"));
    }

    [StoreFact]
    public void PopulationQuery_BoroughsAndForcesSummedThroughTheLookups_ElseTheOlderCensus()
    {
        using LanternStore store = Open();
        // Three MSOAs: two in borough E09000002, one in E09000003. Borough E09000001 has no MSOAs here.
        ImportPopulation(store, PopulationFileReaderTests.Ts021Header,
            "2021,A 001,E02000001,10,1,1,1,1,6,1", "2021,A 002,E02000002,20,2,2,2,2,12,2", "2021,B 001,E02000003,40,4,4,4,4,24,4");
        ImportPopulation(store, MsoaLookupHeader, "E01000001,A,E02000001,A 001,E09000002,A", "E01000002,A,E02000002,A 002,E09000002,A",
            "E01000003,B,E02000003,B 001,E09000003,B");
        ImportPopulation(store, ForceLookupHeader, "E09000001,City,\"London, City of\"", "E09000002,A,Metropolitan Police", "E09000003,B,Metropolitan Police");
        ImportPopulation(store, PopulationFileReaderTests.Census2011ForceHeader, "City of London,7375,5799,289,940,193,154");

        AreaResidents borough = PopulationQuery.Find(store, "borough", "E09000002", null).Residents!;
        AreaResidents met = PopulationQuery.Find(store, "force", "metropolitan", null).Residents!;
        (AreaResidents? city, IReadOnlyList<string> reasons) = PopulationQuery.Find(store, "force", "city-of-london", null);

        Assert.Equal((new EthnicGroupCounts(18, 3, 3, 3, 3), "Census 2021, summed from its 2 MSOAs"), (borough.Groups, borough.Method));
        Assert.Equal((new EthnicGroupCounts(42, 7, 7, 7, 7), "Census 2021, summed from its 2 boroughs"), (met.Groups, met.Method));
        Assert.Equal(("census2011", 7375L), (city!.Census, city.Groups.Total));
        Assert.Equal("Census 2021: 1 of the 1 boroughs of force city-of-london have no counts (E09000001)", Assert.Single(reasons));
        Assert.Null(PopulationQuery.Find(store, "force", "metropolitan", "census2011").Residents);
    }

    [StoreFact]
    public void PopulationQuery_BoroughWithAnMsoaMissing_IsNotSummed()
    {
        using LanternStore store = Open();
        ImportPopulation(store, PopulationFileReaderTests.Ts021Header, "2021,A 001,E02000001,10,1,1,1,1,6,1");
        ImportPopulation(store, MsoaLookupHeader, "E01000001,A,E02000001,A 001,E09000002,A", "E01000002,A,E02000002,A 002,E09000002,A");

        (AreaResidents? r, IReadOnlyList<string> reasons) = PopulationQuery.Find(store, "borough", "E09000002", "census2021");

        Assert.Null(r);
        Assert.Equal("Census 2021: only 1 of the 2 MSOAs of borough E09000002 have counts (import the MSOA table)", Assert.Single(reasons));
    }

    [StoreFact]
    public void StopSearchMonth_IsTheUkMonth_OnImportAndForRowsImportedBefore()
    {
        using LanternStore store = Open();
        // 00:30 BST on 1 July (the July file) and 23:30 GMT on 31 January.
        Import(store, WriteFile("2023-07/2023-07-metropolitan-stop-and-search.csv", SearchHeader,
            "Person search,2023-06-30T23:30:00+00:00,False,,51.5,-0.1,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,",
            "Person search,2023-01-31T23:30:00+00:00,False,,51.5,-0.1,Male,18-24,,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,,"));
        int[] Months() => [.. store.Connection.Query<int>("SELECT month FROM stop_search ORDER BY searched_at DESC")];
        Assert.Equal([new YearMonth(2023, 7).Index, new YearMonth(2023, 1).Index], Months());

        // A store written before migration 0004 filed the first by its UTC date: the migration's UPDATE moves it.
        store.Connection.Execute("UPDATE stop_search SET month = month - 1 WHERE searched_at LIKE '2023-06-30%'");
        string migration = LanternStore.Migrations(store is PostgresStore ? "postgres" : "sqlite").Single(m => m.Version == 4).Sql;
        store.Connection.Execute(migration[..migration.IndexOf("CREATE TABLE", StringComparison.Ordinal)]);
        Assert.Equal([new YearMonth(2023, 7).Index, new YearMonth(2023, 1).Index], Months());
    }

    private static PopulationImportResult ImportPopulation(LanternStore store, string header, params string[] rows)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Join('\n', [header, .. rows]) + "\n");
        using var stream = new MemoryStream(bytes);
        PopulationFile file = PopulationFileReader.Read(stream, "population.csv", null);
        Assert.True(file.IsSuccess, string.Join("; ", file.Errors));
        return PopulationStore.Import(store, file, bytes, "test", TimeProvider.System);
    }
}
