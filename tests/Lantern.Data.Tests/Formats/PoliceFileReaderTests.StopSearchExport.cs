using Lantern.Core.StopSearch;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed partial class PoliceFileReaderTests
{
    internal const string SearchExportHeader =
        "Search reference,Force,Date,Easting,Northing,Longitude,Latitude,Officer,Team,Type,Legislation,Object of search,Outcome," +
        "Outcome linked to object of search,Self-defined ethnicity,Officer-defined ethnicity,Gender,Age range,Body-worn video," +
        "Body-worn video reason,Section 60 authorisation,Grounds,Part of a policing operation,Policing operation,Removal of more than just outer clothing";

    private const string SearchExportFile = "gwent-stop-search-2024-07.csv";

    [Fact]
    public void ReadAll_StopSearchExportRow_MapsEveryColumn()
    {
        string row = "SS/24/0001,Gwent Police,2024-07-01T13:45,331000,188000,,,PC 1234,Newport North NPT,Person search," +
            "Criminal Justice and Public Order Act 1994 (section 60),Offensive weapons,Arrest,True,White - Irish,White,Male,18-24,No," +
            "Camera battery flat,S60/2024/017,\"Seen passing a knife, \"\"a blade\"\", to another\",True,Operation Tide,False";

        RecordingSink sink = RecordingSink.Read($"{SearchExportHeader}\n{row}\n", SearchExportFile);

        Assert.Empty(sink.Rejects);
        StopSearchRecord r = Assert.Single(sink.Searches).Record;
        Assert.Equal(("SS/24/0001", "gwent"), (r.SearchId, r.ForceSlug));
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 12, 45, 0, TimeSpan.Zero), r.Date); // 13:45 BST
        Assert.Equal((331000.0, 188000.0), (r.Easting!.Value, r.Northing!.Value));
        Assert.InRange(r.Longitude!.Value, -3.0, -2.97); // worked out from the grid position
        Assert.Equal(("PC 1234", "Newport North NPT"), (r.OfficerId, r.Team));
        Assert.Equal((Legislation.CjpoaSection60, ObjectOfSearch.OffensiveWeapons, SearchOutcome.Arrest), (r.Legislation, r.ObjectOfSearch, r.Outcome));
        Assert.Equal((EthnicGroup.White, EthnicGroup.White), (r.SelfDefinedEthnicGroup, r.OfficerDefinedEthnicGroup));
        Assert.Equal((false, "Camera battery flat", "S60/2024/017"), (r.BodyWornVideo!.Value, r.BodyWornVideoReason, r.Section60Authorisation));
        Assert.Equal("Seen passing a knife, \"a blade\", to another", r.Grounds);
        Assert.Equal((true, "Operation Tide", false, true), (r.PartOfPolicingOperation!.Value, r.PolicingOperation, r.RemovalOfMoreThanOuterClothing!.Value,
            r.OutcomeLinkedToObjectOfSearch!.Value));
    }

    [Theory]
    [InlineData("2024-07-01T12:45:00Z", "2024-07-01T12:45:00Z")] // an instant with an offset is taken as it says
    [InlineData("2024-07-01T13:45:00+01:00", "2024-07-01T12:45:00Z")] // the same instant in BST
    [InlineData("2024-01-10 09:00", "2024-01-10T09:00:00Z")] // UK time in winter is UTC
    [InlineData("2024-10-27T01:30", "2024-10-27T00:30:00Z")] // the hour the clocks go back: its first, BST, occurrence
    public void ReadAll_StopSearchExportDate_UkTimeOrAnInstant(string date, string utc)
    {
        RecordingSink sink = RecordingSink.Read($"{SearchExportHeader}\n{MinimalSearch(date)}\n", SearchExportFile);

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(sink.Searches).Record.Date);
    }

    [Theory]
    [InlineData("2024-03-31T01:30", "Date", "the clocks went forward")] // a UK time that never happened
    [InlineData("1 July 2024", "Date", "not a date-time")] // not a date-time Lantern reads
    [InlineData("2024-07-01T13:45|bwv=maybe", "Body-worn video", "not True or False")] // the flag is yes/no (True/False)
    [InlineData("2024-07-01T13:45|force=Atlantis Constabulary", "Force", "not a force name")] // unknown force name
    [InlineData("2024-07-01T13:45|ref=", "Search reference", "required field is empty")] // the reference names the search: required
    public void ReadAll_StopSearchExportBadRow_RejectedWithFieldAndReason(string spec, string field, string reason)
    {
        string[] parts = spec.Split('|');
        string row = MinimalSearch(parts[0]);
        foreach (string change in parts.Skip(1))
        {
            (string key, string value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
            row = key switch
            {
                "bwv" => row.Replace(",Yes,", $",{value},", StringComparison.Ordinal),
                "force" => row.Replace(",gwent,", $",{value},", StringComparison.Ordinal),
                _ => row.Replace("SS-1,", $"{value},", StringComparison.Ordinal),
            };
        }

        RecordingSink sink = RecordingSink.Read($"{SearchExportHeader}\n{row}\n", SearchExportFile);

        RowReject reject = Assert.Single(sink.Rejects);
        Assert.Equal((2L, field), (reject.Line, reject.Field));
        Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_StopSearchExportWithoutLocationColumns_RefusedNamingWhatIsMissing()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("Search reference,Force,Date\nSS-1,gwent,2024-07-01T10:00\n"));
        PoliceFileOpenResult open = PoliceFileReader.Open(stream, SearchExportFile);

        Assert.Contains("stop-and-search force export needs a location", open.Error!.Reason, StringComparison.Ordinal);
    }

    internal static string MinimalSearch(string date) =>
        $"SS-1,gwent,{date},331000,188000,,,PC 1,Team A,Person search,Misuse of Drugs Act 1971 (section 23),Controlled drugs," +
        "A no further action disposal,False,,Black,Male,18-24,Yes,,,,False,,False";
}
