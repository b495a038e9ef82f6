using System.Text.Json;
using Lantern.Core.Geography;
using Lantern.Data.Store;

namespace Lantern.Tests.Cli;

/// <summary>
/// <c>lantern stopsearch places</c> on a hand-made force: two spots of Newport some 7 km apart (A and B), taskings
/// published for 10 and 12 July 2024, and searches placed in and around them; the figures are worked out by hand in the comments.
/// </summary>
public sealed class StopSearchPlacesCommandTests
{
    private const string Header =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

    private const string A = "51.588,-2.997";
    private const string B = "51.600,-2.900";

    [Fact]
    public void Places_HandMadeDays_InsideOutsideAndTheUkDay()
    {
        using var cli = new CliRun();
        string[] rows =
        [
            // 10 July (BST): the newest tasking has A; the first version had B, which officers no longer saw.
            Row("2024-07-10T10:00:00+00:00", A, "Arrest", "True"), // inside
            Row("2024-07-09T23:30:00+00:00", A, "A no further action disposal", "False"), // 00:30 BST on the 10th: inside (in UTC, no tasking)
            Row("2024-07-10T11:00:00+00:00", B, "A no further action disposal", "False"), // outside (inside by the superseded version)
            Row("2024-07-10T23:30:00+00:00", A, "Arrest", "True"), // 00:30 BST on the 11th: no tasking (in UTC, inside)
            // 12 July: A tasked.
            Row("2024-07-12T09:00:00+00:00", A, "Arrest", "True"), // inside
            Row("2024-07-12T09:30:00+00:00", B, "Arrest", "False"), // outside
            Row("2024-07-12T10:00:00+00:00", ",", "Arrest", "True"), // no coordinates
            // 15 July: nothing published.
            Row("2024-07-15T10:00:00+00:00", A, "A no further action disposal", "False"),
        ];
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, string.Join('\n', [Header, .. rows]) + "\n");
        cli.RunOk("import", file);

        var grid = new GridSpec(250);
        using (LanternStore store = LanternStore.Open(cli.Db))
        {
            CellId a = Cell(store, grid, "2024-07-10T10:00:00Z"), b = Cell(store, grid, "2024-07-10T11:00:00Z");
            Assert.NotEqual(a, b);
            long run = AnalysisRun.Record(store, "tasking", "gwent", "analyst", "test", cli.Time.GetUtcNow(), "{}", "{}", "{}");
            Publish(store, new DateOnly(2024, 7, 10), run, grid, b);
            Publish(store, new DateOnly(2024, 7, 10), run, grid, a);
            Publish(store, new DateOnly(2024, 7, 12), run, grid, a);
        }

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "places", "--force", "gwent", "--from", "2024-07", "--to", "2024-07", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal(2, doc.RootElement.GetProperty("inputs").GetProperty("publishedDays").GetInt32());
        Assert.Equal(8, doc.RootElement.GetProperty("inputs").GetProperty("searchesRead").GetInt64());
        Assert.Equal("findRate", result.GetProperty("measure").GetString());
        // Inside: 3 searches, 2 finds, 2 arrests. Outside: 2 searches, no find, 1 arrest.
        Assert.Equal((3L, 2L, 2L), Counts(result.GetProperty("inside")));
        Assert.Equal((2L, 0L, 1L), Counts(result.GetProperty("outside")));
        Assert.Equal((3L, 5L), (result.GetProperty("insideShare").GetProperty("events").GetInt64(), result.GetProperty("insideShare").GetProperty("of").GetInt64()));
        Assert.Equal(2, result.GetProperty("noPublication").GetInt64());
        Assert.Equal(1, result.GetProperty("noCoordinates").GetInt64());
        // Find rate 2/3 − 0/2 = +66.7 points, Newcombe's interval around it.
        JsonElement find = result.GetProperty("difference").GetProperty("find");
        Assert.Equal(2.0 / 3, find.GetProperty("value").GetDouble(), 9);
        Assert.InRange(find.GetProperty("low").GetDouble(), -1, 2.0 / 3);
        Assert.InRange(find.GetProperty("high").GetDouble(), 2.0 / 3, 1);

        string text = cli.RunOk("stopsearch", "places", "--force", "gwent", "--from", "2024-07", "--to", "2024-07");
        Assert.Contains("+66.7 points", text, StringComparison.Ordinal);
        Assert.Contains("On a UK day with no published tasking", text, StringComparison.Ordinal);
        Assert.Contains("stopsearch-places", cli.RunOk("runs", "list", "--kind", "stopsearch-places"), StringComparison.Ordinal);
    }

    [Fact]
    public void Places_LinkNeverRecorded_PositiveOutcomeRateInstead()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, $"{Header}\n{Row("2024-07-10T10:00:00+00:00", A, "Arrest", "")}\n");
        cli.RunOk("import", file);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "places", "--force", "gwent", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal("positiveOutcomeRate", result.GetProperty("measure").GetString());
        Assert.Equal(1, result.GetProperty("noPublication").GetInt64()); // nothing published: every search counted apart
        Assert.Contains(result.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("positive outcome rate", StringComparison.Ordinal));

        // The table compares the positive outcome rate once, saying why, not twice.
        string text = cli.RunOk("stopsearch", "places", "--force", "gwent");
        Assert.Contains("Positive outcome rate (find rate not recorded)", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("Positive outcome rate", StringComparison.Ordinal));
    }

    [Fact]
    public void Places_NoSearchesAtAll_SaysSoAndClaimsNothingOfTheForce()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, $"{Header}\n{Row("2024-07-10T10:00:00+00:00", A, "Arrest", "True")}\n");
        cli.RunOk("import", file);

        // Months with no searches (Gwent's street files in the guide's example hold none): nothing is known of the link.
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "places", "--force", "gwent", "--from", "2024-09", "--to", "2024-09", "--json"));
        var notes = doc.RootElement.GetProperty("result").GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
        Assert.Contains(notes, n => n.StartsWith("No searches of gwent in 2024-09..2024-09", StringComparison.Ordinal));
        Assert.DoesNotContain(notes, n => n.Contains("never records", StringComparison.Ordinal));

        // The force's July search records its find; no tasking is published, so none is placed: still the find rate.
        using JsonDocument july = JsonDocument.Parse(cli.RunOk("stopsearch", "places", "--force", "gwent", "--json"));
        Assert.Equal("findRate", july.RootElement.GetProperty("result").GetProperty("measure").GetString());
    }

    private static (long Searches, long Finds, long Arrests) Counts(JsonElement rates) =>
        (rates.GetProperty("searches").GetInt64(), rates.GetProperty("find").GetProperty("events").GetInt64(), rates.GetProperty("arrest").GetProperty("events").GetInt64());

    // The search's cell, from the coordinates the import stored (BNG metres).
    private static CellId Cell(LanternStore store, GridSpec grid, string searchedAt)
    {
        using System.Data.IDbCommand command = store.Connection.CreateCommand();
        command.CommandText = $"SELECT easting, northing FROM stop_search WHERE searched_at = '{searchedAt}'";
        using System.Data.IDataReader r = command.ExecuteReader();
        Assert.True(r.Read());
        return grid.CellOf(r.GetDouble(0), r.GetDouble(1));
    }

    private static void Publish(LanternStore store, DateOnly day, long run, GridSpec grid, CellId cell)
    {
        BngPoint centre = grid.Centre(cell);
        TaskingPublication.Publish(store, "gwent", day, run, grid.CellSize, "inspector", new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.Zero), "{}", null,
            [new PublishedPlace(0, 1, grid.CellName(cell), cell.Column, cell.Row, centre.Easting, centre.Northing, 51.6, -3.0, null, 1, 1, 2, 15, "", "test")]);
    }

    private static string Row(string date, string latLon, string outcome, string linked) =>
        $"Person search,{date},False,,{latLon},Male,18-24,White - Irish,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,{outcome},{linked},False";
}
