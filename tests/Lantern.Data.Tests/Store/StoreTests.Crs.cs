using Dapper;
using Lantern.Core.Geography;
using Lantern.Data.Import;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public abstract partial class StoreTests
{
    private const string VpdHeader = "TYPE,YEAR,MONTH,DAY,HOUR,MINUTE,HUNDRED_BLOCK,NEIGHBOURHOOD,X,Y";

    [StoreFact]
    public void Import_VpdExport_KeepsTheForceInUtm10N_CountsWithheldLocations_AndIsIdempotent()
    {
        string file = WriteFile("crimedata_csv_AllNeighbourhoods_2021.csv",
            VpdHeader,
            "Break and Enter Commercial,2021,11,21,6,33,10XX ALBERNI ST,West End,491015.9434,5459166.1397",
            "Offence Against a Person,2021,3,1,0,0,OFFSET TO PROTECT PRIVACY,,0,0",
            "Mischief,2021,3,11,16,30,X NK_LOC ST,Strathcona,492757.4868,5458792.469",
            "Mischief,2021,13,11,16,30,1XX MAIN ST,Strathcona,492757.4868,5458792.469");
        using LanternStore store = Open();

        FileImportResult r = Import(store, file);
        FileImportResult again = Import(store, file);

        Assert.Equal((4L, 3L, 1L), (r.RowsRead, r.RowsImported, r.RowsRejected));
        Assert.Equal(26910, r.Epsg);
        Assert.Equal(1, r.Notes[Lantern.Data.Formats.PoliceFileReader.VpdWithheldNote]);
        Assert.Equal(1, r.Notes[Lantern.Data.Formats.PoliceFileReader.VpdHeadquartersNote]);
        Assert.Equal(1, r.Notes[Lantern.Data.Formats.PoliceFileReader.VpdMidnightNote]);
        Assert.NotNull(again.PreviouslyImportedAt);
        Assert.Equal(3, Count(store, "crime"));
        Assert.Equal(26910, ForceCrs.Of(store, "vancouver").Epsg);
        Assert.Equal(26910, store.Connection.ExecuteScalar<int>("SELECT epsg FROM source_file"));
        Assert.Equal(1, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM crime WHERE easting IS NOT NULL"));
        Assert.Equal(2, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM crime WHERE kind = 4 AND easting IS NULL"));
    }

    [StoreFact]
    public void Import_ForceHeldInOneCrs_RowsInAnotherAreRejected_AndNothingIsMixed()
    {
        (string vpd, string bng) = VancouverInTwoSystems();
        using LanternStore store = Open();
        Import(store, vpd);

        FileImportResult r = Import(store, bng);

        Assert.Equal((2L, 1L, 1L), (r.RowsRead, r.RowsImported, r.RowsRejected));
        RejectRow reject = Assert.Single(RejectRow.Read(store, null, 10));
        Assert.Equal((2L, "Force"), (reject.Line, reject.Field));
        Assert.Contains("EPSG:26910", reject.Reason, StringComparison.Ordinal);
        Assert.Equal(27700, ForceCrs.Of(store, "gwent").Epsg);
        Assert.Equal(26910, ForceCrs.Of(store, "vancouver").Epsg);
        Assert.Equal(1, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM crime WHERE force = 'vancouver'"));
    }

    [StoreFact]
    public void Import_ForceExportWithCrs_NewForceAdoptsIt_AndAnUnknownForceIsBng()
    {
        string file = WriteFile("dublin.csv", ExportHeader, "D1,dublin,,burglary,2021-03-01T10:00,,715826.51,734697.59,,,,,");
        using LanternStore store = Open();

        FileImportResult r = Import(store, file, epsg: 2157);

        Assert.Equal(1, r.RowsImported);
        Assert.Equal(2157, ForceCrs.Of(store, "dublin").Epsg);
        Assert.Equal(-6.2603, store.Connection.ExecuteScalar<double>("SELECT longitude FROM crime"), 0.0001);
        Assert.Same(ProjectedCrs.BritishNationalGrid, ForceCrs.Of(store, "nowhere"));

        // The same file again: with the same system, already imported; with another, refused, saying what the rows are held in.
        Assert.NotNull(Import(store, file, epsg: 2157).PreviouslyImportedAt);
        FileImportResult other = Import(store, file, epsg: 25830);
        Assert.Equal(("--crs", 1L), (other.Error!.Field, other.Error.Line));
        Assert.Contains("read as EPSG:2157", other.Error.Reason, StringComparison.Ordinal);
        Assert.Contains("not read again as EPSG:25830", other.Error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, Count(store, "crime"));
    }

    /// <summary>A VPD export, which brings Vancouver in EPSG:26910, and a force export with a Vancouver row and a Gwent row in British National Grid.</summary>
    private (string Vpd, string Bng) VancouverInTwoSystems() =>
        (WriteFile("vpd.csv", VpdHeader, "Mischief,2021,3,11,16,30,1XX MAIN ST,Strathcona,492757.4868,5458792.469"),
         WriteFile("vancouver-export.csv", ExportHeader,
             "V1,vancouver,,burglary,2021-03-01T10:00,,331000,188000,,,,,",
             "G1,gwent,,burglary,2021-03-01T10:00,,331000,188000,,,,,"));
}
