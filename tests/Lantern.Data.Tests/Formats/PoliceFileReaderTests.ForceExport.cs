using Lantern.Core.Crimes;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    private const string ForceExportHeader =
        "Crime reference,Force,Offence code,Crime type,Committed from,Committed to,Easting,Northing,Longitude,Latitude,Location,LSOA code,Outcome";

    private const string GoodExportRow =
        "GW/24/123456,Gwent Police,8/1,Violence and sexual offences,2024-07-31T23:15,2024-08-01T00:40:30,331000,188000,,,Commercial Street,W01001680,Suspect charged";

    private const string ExportFile = "gwent-export-2024.csv";

    [Fact]
    public void ReadAll_ForceExportRow_MapsEveryColumn()
    {
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{GoodExportRow}\n", ExportFile);

        (long line, _, CrimeRecord r) = Assert.Single(sink.Crimes);
        Assert.Equal(2, line);
        Assert.Equal("GW/24/123456", r.CrimeId);
        Assert.Equal("gwent", r.ForceSlug);
        Assert.Equal("Gwent Police", r.ReportedBy);
        Assert.Equal("008/01", r.OffenceCode);
        Assert.Equal(CrimeCategory.ViolenceAndSexualOffences, r.Category);
        Assert.Equal(new DateTime(2024, 7, 31, 23, 15, 0, DateTimeKind.Unspecified), r.CommittedFrom);
        Assert.Equal(DateTimeKind.Unspecified, r.CommittedFrom!.Value.Kind);
        Assert.Equal(new DateTime(2024, 8, 1, 0, 40, 30, DateTimeKind.Unspecified), r.CommittedTo);
        Assert.Equal(new YearMonth(2024, 7), r.Month);
        Assert.Equal(331000, r.Easting);
        Assert.Equal(188000, r.Northing);
        Assert.InRange(r.Longitude!.Value, -3.0, -2.97);
        Assert.InRange(r.Latitude!.Value, 51.58, 51.60);
        Assert.Equal("Commercial Street", r.Location);
        Assert.Equal("W01001680", r.LsoaCode);
        Assert.Null(r.LsoaName);
        Assert.Equal(OutcomeCategory.SuspectCharged, r.Outcome);
    }

    [Fact]
    public void ReadAll_ForceExportBothPairs_EastingNorthingWinAndLonLatKept()
    {
        string row = "R1,gwent,,burglary,2024-07-01 08:00,,331000,188000,-2.99,51.59,,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", ExportFile);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Equal(331000, r.Easting);
        Assert.Equal(188000, r.Northing);
        Assert.Equal(-2.99, r.Longitude);
        Assert.Equal(51.59, r.Latitude);
        Assert.Equal(CrimeCategory.Burglary, r.Category);
        Assert.Null(r.OffenceCode);
        Assert.Null(r.CommittedTo);
    }

    [Fact]
    public void ReadAll_ForceExportWgs84Only_ProjectsToNationalGrid()
    {
        string row = "R1,Gwent Police,008/01,Robbery,2024-07-01T08:00:00,,,,-2.981547,51.600817,,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", ExportFile);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.InRange(r.Easting!.Value, 330_000, 333_000);
        Assert.InRange(r.Northing!.Value, 187_000, 190_000);
    }

    [Fact]
    public void ReadAll_ForceExportWithoutLocation_KeptWithNoCoordinates()
    {
        string row = "R1,Gwent Police,008/01,Robbery,2024-07-01T08:00,,,,,,,,";
        RecordingSink sink = RecordingSink.Read($"{ForceExportHeader}\n{row}\n", ExportFile);

        CrimeRecord r = Assert.Single(sink.Crimes).Record;
        Assert.Null(r.Easting);
        Assert.Null(r.Longitude);
        Assert.Empty(sink.Rejects);
    }

    [Theory]
    [InlineData(",Gwent Police,,Robbery,2024-07-01T08:00,,331000,188000,,,,,", "Crime reference", "required field is empty")] // no reference
    [InlineData("R1,,,Robbery,2024-07-01T08:00,,331000,188000,,,,,", "Force", "required field is empty")] // no force
    [InlineData("R1,Atlantis Constabulary,,Robbery,2024-07-01T08:00,,331000,188000,,,,,", "Force", "not a force name or slug: 'Atlantis Constabulary'")] // unknown name
    [InlineData("R1,Gwent Police,8-1,Robbery,2024-07-01T08:00,,331000,188000,,,,,", "Offence code", "not a Home Office offence code")] // dash
    [InlineData("R1,Gwent Police,1234/01,Robbery,2024-07-01T08:00,,331000,188000,,,,,", "Offence code", "not a Home Office offence code")] // 4-digit class
    [InlineData("R1,Gwent Police,8/1,,2024-07-01T08:00,,331000,188000,,,,,", "Crime type", "required field is empty")] // no crime type
    [InlineData("R1,Gwent Police,8/1,Robbery,,,331000,188000,,,,,", "Committed from", "required field is empty")] // no time
    [InlineData("R1,Gwent Police,8/1,Robbery,07/31/2024 08:00,,331000,188000,,,,,", "Committed from", "not a local date-time")] // US month-first: day-first is read, so month 31 is no date
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00+01:00,,331000,188000,,,,,", "Committed from", "a time with an offset or Z is not taken")] // an offset: local wall-clock only
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01,,331000,188000,,,,,", "Committed from", "not a local date-time")] // a date without a time
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,2024-07-01T25:00,331000,188000,,,,,", "Committed to", "not a local date-time")] // hour 25
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,2024-07-01T07:59,331000,188000,,,,,", "Committed to", "before Committed from")] // window backwards
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,331000,,,,,,", "Northing", "Easting given without Northing")] // half a BNG pair
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,,188000,,,,,", "Easting", "Northing given without Easting")] // other half
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,ST310880,188000,,,,,", "Easting", "not a number: 'ST310880'")] // a grid reference is not metres
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,331000,1888000,,,,,", "Northing", "easting 331000, northing 1888000 is outside")] // an extra digit
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,0,0,,,,,", "Easting", "easting 0, northing 0 is outside Great Britain")] // zeros for no location: the grid's origin, sea off Scilly
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,699999,1299999,,,,,", "Easting", "easting 699999, northing 1299999 is outside Great Britain")] // in the grid's box, in the North Sea
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,3310,1880,,,,,", "Easting", "easting 3310, northing 1880 is outside Great Britain")] // figures cut short
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,,,-2.98,,,,", "Latitude", "Longitude given without Latitude")] // half a WGS84 pair
    [InlineData("R1,Gwent Police,8/1,Robbery,2024-07-01T08:00,,,,-2.98,15.6,,,", "Latitude", "longitude -2.98, latitude 15.6 is outside Great Britain")] // a typo in latitude
    public void ReadAll_BadForceExportRow_RejectsWithFieldAndReason(string row, string field, string reasonStart)
    {
        RowReject reject = SingleReject(ForceExportHeader, row, ExportFile);

        Assert.Equal(field, reject.Field);
        Assert.StartsWith(reasonStart, reject.Reason, StringComparison.Ordinal);
    }
}
