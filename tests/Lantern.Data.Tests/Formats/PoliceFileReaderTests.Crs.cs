using Lantern.Core.Crimes;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    private const string VpdHeader = "TYPE,YEAR,MONTH,DAY,HOUR,MINUTE,HUNDRED_BLOCK,NEIGHBOURHOOD,X,Y";
    private const string VpdFile = "crimedata_csv_AllNeighbourhoods_2021.csv";

    [Fact]
    public void ReadAll_ForceExportWithCrs_KeepsMetresAndWorksOutLonLatByInverseProjection()
    {
        string row = "V1,vancouver,,burglary,2021-11-21T06:33,,491015.9434,5459166.1397,,,,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", "vancouver-export.csv", epsg: 26910);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Equal(491015.9434, r.Easting);
        Assert.Equal(5459166.1397, r.Northing);
        // Krüger's series (tests ProjectedCrsTests) puts this point at 123.12354°W, 49.28518°N.
        Assert.Equal(-123.12354, r.Longitude!.Value, 0.0001);
        Assert.Equal(49.28518, r.Latitude!.Value, 0.0001);
    }

    [Fact]
    public void ReadAll_ForceExportWithCrsAndLonLatOnly_ProjectsIntoThatCrs()
    {
        string row = "V1,vancouver,,burglary,2021-11-21T06:33,,,,-123.1207,49.2827,,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", "vancouver-export.csv", epsg: 26910);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Equal(491221.77, r.Easting!.Value, 0.05);
        Assert.Equal(5458889.98, r.Northing!.Value, 0.05);
    }

    [Theory]
    [InlineData("0,5459166,,", "Easting", "outside the area of EPSG:26910")] // a zero easting: 500 km west of the zone's centre
    [InlineData("5459166,491015,,", "Easting", "outside the area of EPSG:26910")] // easting and northing swapped
    [InlineData(",,-2.99,51.59", "Latitude", "outside the area of EPSG:26910")] // Newport's longitude and latitude, not Vancouver's
    public void ReadAll_ForceExportWithCrs_PointOutsideTheCrsArea_RejectedWithField(string location, string field, string reason)
    {
        string row = $"V1,vancouver,,burglary,2021-11-21T06:33,,{location},,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", "vancouver-export.csv", epsg: 26910);

        Assert.Empty(sink.Crimes);
        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal(2, reject.Line);
        Assert.Equal(field == "Latitude" ? "Longitude" : field, reject.Field);
        Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_RowOfAForceHeldInAnotherCrs_RejectedOnItsForceField()
    {
        var held = new Dictionary<string, int> { ["gwent"] = 27700 };
        string row = "V1,gwent,,burglary,2021-11-21T06:33,,491015.9434,5459166.1397,,,,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", "export.csv", epsg: 26910, heldCrs: held);

        Assert.Empty(sink.Crimes);
        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal("Force", reject.Field);
        Assert.Contains("held in EPSG:27700", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("EPSG:26910", reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_NewForce_IsAdoptedInTheFilesCrs()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            $"{ForceExportHeader}\nV1,vancouver,,burglary,2021-11-21T06:33,,491015.9434,5459166.1397,,,,,\n"));
        using PoliceFileReader reader = PoliceFileReader.Open(stream, "export.csv", 26910).Reader!; // a valid header
        reader.HeldCrs = new Dictionary<string, int> { ["gwent"] = 27700 };
        reader.ReadAll(new RecordingSink(), CancellationToken.None);

        Assert.Equal(26910, Assert.Single(reader.AdoptedCrs, kv => kv.Key == "vancouver").Value);
    }

    [Theory]
    [InlineData(VpdHeader, 4326, "not a coordinate system Lantern supports")] // geographic: refused with the supported list
    [InlineData(VpdHeader, 32610, "are in EPSG:26910")] // a VPD export is NAD83, whatever --crs says
    [InlineData("Month,Crime type,Longitude,Latitude", 26910, "--crs applies to force exports only")] // street files are WGS84
    public void Open_CrsThatDoesNotApply_FailsTheFile(string header, int epsg, string reason)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(header + "\n"));
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, "file.csv", epsg);

        Assert.False(open.IsSuccess);
        Assert.Equal("--crs", open.Error.Field);
        Assert.Contains(reason, open.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_VpdRow_MapsTypeTimeBlockAndPoint()
    {
        RecordingSink sink = RecordingSink.Read(
            $"{VpdHeader}\nBreak and Enter Commercial,2021,11,21,6,33,10XX ALBERNI ST,West End,491015.9434,5459166.1397\n", VpdFile);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Equal("vancouver", r.ForceSlug);
        Assert.Null(r.CrimeId);
        Assert.Equal(CrimeCategory.Burglary, r.Category);
        Assert.Equal("Break and Enter Commercial", r.CategoryRaw);
        Assert.Equal(new DateTime(2021, 11, 21, 6, 33, 0, DateTimeKind.Unspecified), r.CommittedFrom);
        Assert.Null(r.CommittedTo);
        Assert.Equal("10XX ALBERNI ST, West End", r.Location);
        Assert.Equal(491015.9434, r.Easting);
        Assert.Equal(-123.12354, r.Longitude!.Value, 0.0001);
    }

    [Theory]
    [InlineData("Offence Against a Person,2021,3,1,0,0,OFFSET TO PROTECT PRIVACY,,0,0", "withheld")] // privacy: X = Y = 0
    [InlineData("Mischief,2021,3,11,16,30,X NK_LOC ST,Strathcona,492757.4868,5458792.469", "headquarters")] // the fake hot spot
    [InlineData("Vehicle Collision or Pedestrian Struck (with Injury),2020,1,24,9,53,KNIGHTST / E KING EDWARD AVE,,,", null)] // blank X/Y (2020)
    public void ReadAll_VpdRowWithoutARealLocation_KeptWithoutOneAndItsReason(string row, string? reason)
    {
        RecordingSink sink = RecordingSink.Read($"{VpdHeader}\n{row}\n", VpdFile);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Null(r.Easting);
        Assert.Null(r.Northing);
        Assert.Null(r.Longitude);
        if (reason is null)
        {
            Assert.Null(r.Context);
        }
        else
        {
            Assert.Contains(reason, r.Context, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadAll_VpdMidnight_IsTheWholeDay_AndCollisionsAreAnExplicitUnknown()
    {
        RecordingSink sink = RecordingSink.Read(
            $"{VpdHeader}\nVehicle Collision or Pedestrian Struck (with Fatality),2021,7,17,0,0,10XX BEACH AVE,Central Business District,490255.3982,5458158.7882\n",
            VpdFile);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Equal(new DateTime(2021, 7, 17, 0, 0, 0, DateTimeKind.Unspecified), r.CommittedFrom);
        Assert.Equal(new DateTime(2021, 7, 17, 23, 59, 59, DateTimeKind.Unspecified), r.CommittedTo);
        Assert.Equal(CrimeCategory.Unknown, r.Category);
        Assert.Equal("Vehicle Collision or Pedestrian Struck (with Fatality)", r.CategoryRaw);
    }

    [Theory]
    [InlineData("Mischief,2021,13,1,5,0,1XX MAIN ST,Strathcona,492757,5458792", "MONTH", "from 1 to 12")] // month 13
    [InlineData("Mischief,2021,2,30,5,0,1XX MAIN ST,Strathcona,492757,5458792", "DAY", "from 1 to 28")] // 30 February
    [InlineData("Mischief,2021,2,3,24,0,1XX MAIN ST,Strathcona,492757,5458792", "HOUR", "from 0 to 23")] // hour 24
    [InlineData("Mischief,,2,3,5,0,1XX MAIN ST,Strathcona,492757,5458792", "YEAR", "required")] // no year
    [InlineData(",2021,2,3,5,0,1XX MAIN ST,Strathcona,492757,5458792", "TYPE", "required")] // no type
    [InlineData("Mischief,2021,2,3,5,0,1XX MAIN ST,Strathcona,492757,", "Y", "Easting given without Northing")] // half a point
    [InlineData("Mischief,2021,2,3,5,0,1XX MAIN ST,Strathcona,-123.12,49.28", "X", "outside the area of EPSG:26910")] // degrees, not metres
    public void ReadAll_BadVpdRow_RejectedWithLineAndField(string row, string field, string reason)
    {
        RecordingSink sink = RecordingSink.Read($"{VpdHeader}\n{row}\n", VpdFile);

        Assert.Empty(sink.Crimes);
        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal(2, reject.Line);
        Assert.Equal(field, reject.Field);
        Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
    }
}
