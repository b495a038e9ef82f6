using Lantern.Core.StopSearch;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    private const string StopSearchHeader =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,"
        + "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,"
        + "Removal of more than just outer clothing";

    private const string GoodSearchRow =
        "Person search,2023-06-30T23:30:00+00:00,False,,51.5074,-0.1278,Male,18-24,"
        + "Black/African/Caribbean/Black British - Caribbean,Black,Misuse of Drugs Act 1971 (section 23),Controlled drugs,"
        + "Arrest,True,False";

    private const string SearchFile = "2023-07-metropolitan-stop-and-search.csv";

    [Fact]
    public void ReadAll_StopSearchRow_MapsEveryColumn()
    {
        RecordingSink sink = RecordingSink.Read($"{StopSearchHeader}\n{GoodSearchRow}\n", SearchFile);

        (long line, _, StopSearchRecord r) = Assert.Single(sink.Searches);
        Assert.Equal(2, line);
        Assert.Equal(SearchType.Person, r.Type);
        Assert.Equal("Person search", r.TypeRaw);
        Assert.Equal(new DateTimeOffset(2023, 6, 30, 23, 30, 0, TimeSpan.Zero), r.Date);
        Assert.False(r.PartOfPolicingOperation);
        Assert.Null(r.PolicingOperation);
        Assert.Equal(-0.1278, r.Longitude);
        Assert.Equal(51.5074, r.Latitude);
        Assert.InRange(r.Easting!.Value, 529_000, 531_000);
        Assert.InRange(r.Northing!.Value, 179_000, 181_000);
        Assert.Equal(Gender.Male, r.Gender);
        Assert.Equal(AgeRange.From18To24, r.AgeRange);
        Assert.Equal(EthnicGroup.Black, r.SelfDefinedEthnicGroup);
        Assert.Equal(EthnicGroup.Black, r.OfficerDefinedEthnicGroup);
        Assert.Equal(Legislation.MisuseOfDrugsActSection23, r.Legislation);
        Assert.Equal(ObjectOfSearch.ControlledDrugs, r.ObjectOfSearch);
        Assert.Equal(SearchOutcome.Arrest, r.Outcome);
        Assert.True(r.OutcomeLinkedToObjectOfSearch);
        Assert.False(r.RemovalOfMoreThanOuterClothing);
        Assert.Equal("metropolitan", r.ForceSlug);
    }

    [Theory]
    [InlineData("2023-07-01T00:30:00+01:00", "2023-06-30T23:30:00+00:00")] // an offset is converted to UTC
    [InlineData("2023-06-30T23:30:00Z", "2023-06-30T23:30:00+00:00")] // Z
    [InlineData("2023-06-30T23:30:00", "2023-06-30T23:30:00+00:00")] // no offset is taken as UTC, as the files are
    [InlineData("2023-06-30T23:30:00.250+00:00", "2023-06-30T23:30:00.250+00:00")] // fractional seconds
    public void ReadAll_StopSearchDate_IsUtc(string date, string expected)
    {
        RecordingSink sink = RecordingSink.Read(
            $"{StopSearchHeader}\n{GoodSearchRow.Replace("2023-06-30T23:30:00+00:00", date, StringComparison.Ordinal)}\n", SearchFile);

        DateTimeOffset actual = Assert.Single(sink.Searches).Record.Date;
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), actual);
        Assert.Equal(TimeSpan.Zero, actual.Offset);
    }

    [Fact]
    public void ReadAll_StopSearchBlanks_AreNullAndUnknown()
    {
        RecordingSink sink = RecordingSink.Read($"{StopSearchHeader}\nVehicle search,2023-06-01T10:00:00+00:00,,,,,,,,,,,,,\n", SearchFile);

        StopSearchRecord r = Assert.Single(sink.Searches).Record;
        Assert.Equal(SearchType.Vehicle, r.Type);
        Assert.Null(r.PartOfPolicingOperation);
        Assert.Null(r.Longitude);
        Assert.Null(r.Easting);
        Assert.Null(r.GenderRaw);
        Assert.Equal(Gender.Unknown, r.Gender);
        Assert.Equal(EthnicGroup.Unknown, r.SelfDefinedEthnicGroup);
        Assert.Equal(SearchOutcome.Unknown, r.Outcome);
        Assert.Null(r.OutcomeLinkedToObjectOfSearch);
    }

    [Theory]
    [InlineData("Person search,,False,,,,Male,18-24,,,,,,,", "Date", "required field is empty")] // no date
    [InlineData("Person search,2023-06-31T10:00:00+00:00,False,,,,Male,18-24,,,,,,,", "Date", "not a date-time")] // 31 June
    [InlineData("Person search,30/06/2023 10:00,False,,,,Male,18-24,,,,,,,", "Date", "not a date-time")] // UK format, not ISO
    [InlineData("Person search,2023-06-30T10:00:00+00:00,Maybe,,,,Male,18-24,,,,,,,", "Part of a policing operation", "not True or False: 'Maybe'")] // bad flag
    [InlineData("Person search,2023-06-30T10:00:00+00:00,False,,51.5,,Male,18-24,,,,,,,", "Longitude", "Latitude given without Longitude")] // half a pair (Latitude comes first here)
    [InlineData("Person search,2023-06-30T10:00:00+00:00,False,,x,-0.1,Male,18-24,,,,,,,", "Latitude", "not a number: 'x'")] // bad latitude
    [InlineData("Person search,2023-06-30T10:00:00+00:00,False,,40.7,-74.0,Male,18-24,,,,,,,", "Longitude", "longitude -74, latitude 40.7 is outside Great Britain")] // New York
    [InlineData("Person search,2023-06-30T10:00:00+00:00,False,,,,Male,18-24,,,,,,1,", "Outcome linked to object of search", "not True or False: '1'")] // bad flag
    [InlineData("Person search,2023-06-30T10:00:00+00:00,False,,,,Male,18-24,,,,,,,Y", "Removal of more than just outer clothing", "not True or False: 'Y'")] // bad flag
    public void ReadAll_BadStopSearchRow_RejectsWithFieldAndReason(string row, string field, string reasonStart)
    {
        RowReject reject = SingleReject(StopSearchHeader, row, SearchFile);

        Assert.Equal(field, reject.Field);
        Assert.StartsWith(reasonStart, reject.Reason, StringComparison.Ordinal);
    }
}
