using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary>The summary end to end on small hand-made files, whose figures are worked out by hand in the comments.</summary>
public sealed class StopSearchCommandTests
{
    private const string Header =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

    [Fact]
    public void Summary_HandMadeForce_RatesRatiosAndTheRunRecorded()
    {
        using var cli = new CliRun();
        // Gwent, 2024-07: 4 White searches (1 find), 2 Black (1 find), 1 not stated, all under s.23.
        string[] rows =
        [
            Row("2024-07-02T10:00:00+00:00", "White - English/Welsh/Scottish/Northern Irish/British", "White", "True"),
            Row("2024-07-05T10:00:00+00:00", "White - Irish", "White", "False"),
            Row("2024-07-12T10:00:00+00:00", "White - Any other White background", "White", "False"),
            Row("2024-07-20T10:00:00+00:00", "White - Any other White background", "White", "False"),
            Row("2024-07-21T10:00:00+00:00", "Black/African/Caribbean/Black British - African", "Black", "True"),
            Row("2024-07-25T10:00:00+00:00", "Black/African/Caribbean/Black British - Caribbean", "Black", "False"),
            Row("2024-07-31T21:00:00+00:00", "Other ethnic group - Not stated", "White", "False"),
        ];
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, string.Join('\n', [Header, .. rows]) + "\n");
        cli.RunOk("import", file);
        // Gwent's residents: White 400,000, Black 10,000 (and the other groups), Census 2011 by force area.
        string census = Path.Combine(cli.Directory, "force.csv");
        File.WriteAllText(census, "PFA16NM,Ethnic Group: All categories: Ethnic group; measures: Value,Ethnic Group: White; measures: Value," +
            "Ethnic Group: Mixed; measures: Value,Ethnic Group: Asian; measures: Value,Ethnic Group: Black; measures: Value,Ethnic Group: Other; measures: Value\n" +
            "Gwent,430000,400000,5000,10000,10000,5000\n");
        cli.RunOk("population", "import", census);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "summary", "--force", "gwent", "--json"));

        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal(7, result.GetProperty("searches").GetInt64());
        JsonElement[] groups = [.. result.GetProperty("disproportionality").GetProperty("groups").EnumerateArray()];
        // White: 4 / 400,000 × 1,000 = 0.01; Black: 2 / 10,000 × 1,000 = 0.2; ratio 20, interval exp(ln 20 ± 1.96·√(1/2 + 1/4)).
        Assert.Equal(0.01, groups[0].GetProperty("ratePer1000").GetDouble(), 12);
        Assert.Equal(20.0, groups[1].GetProperty("ratioToWhite").GetDouble(), 9);
        Assert.Equal(20 * Math.Exp(-1.96 * Math.Sqrt(0.75)), groups[1].GetProperty("ratioLow").GetDouble(), 9);
        Assert.Equal(1, result.GetProperty("disproportionality").GetProperty("unknownEthnicity").GetInt64());
        // The outcome test: finds 1 of 4 White, 1 of 2 Black.
        JsonElement test = result.GetProperty("outcomeTest");
        Assert.Equal("findRate", test.GetProperty("measure").GetString());
        Assert.Equal(0.5, test.GetProperty("groups")[1].GetProperty("rate").GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.25, test.GetProperty("groups")[1].GetProperty("differenceFromWhite").GetDouble(), 12);
        // The one month has records from 2 to 31 July: whole.
        Assert.Equal("complete", result.GetProperty("months")[0].GetProperty("status").GetString());
        Assert.Equal("census2011", doc.RootElement.GetProperty("inputs").GetProperty("denominators").GetProperty("census").GetString());
        Assert.Contains("force: gwent", cli.RunOk("stopsearch", "summary"), StringComparison.Ordinal); // the only force: an automatic choice
        Assert.Contains("stopsearch", cli.RunOk("runs", "list", "--kind", "stopsearch"), StringComparison.Ordinal);

        string table = cli.RunOk("stopsearch", "summary", "--force", "gwent", "--from", "2024-06", "--to", "2024-08");
        Assert.Contains("20.00 (", table, StringComparison.Ordinal);
        Assert.Contains("MISSING (no records)", table, StringComparison.Ordinal);
        Assert.Contains("Missing months (no records at all: not published or not imported, not months of no searches): 2024-06, 2024-08.", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_BadOptionsAndNoData_DocumentedExitCodes()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2024-07-gwent-stop-and-search.csv");
        File.WriteAllText(file, $"{Header}\n{Row("2024-07-02T10:00:00+00:00", "White - Irish", "White", "")}\n");
        cli.RunOk("import", file);

        var (exit, _, err) = cli.Run("stopsearch", "summary", "--legislation", "s999");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("'s999' is not a power", err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, cli.Run("stopsearch", "summary", "--from", "2024-08", "--to", "2024-07").Exit);
        Assert.Equal(ExitCodes.BadInput, cli.Run("stopsearch", "summary", "--force", "metropolitan").Exit);
        Assert.Equal(ExitCodes.BadInput, cli.Run("stopsearch", "summary", "--area", "E09000001").Exit);

        // No census residents imported: everything else is still shown, and the note says why there are no rates.
        string table = cli.RunOk("stopsearch", "summary", "--legislation", "s23,pace-s1");
        Assert.Contains("No census residents for force gwent, so no rates per 1,000 or ratios", table, StringComparison.Ordinal);
        Assert.Contains("Only searches under pace-s1, misuse-of-drugs-s23: 0 under other powers left out.", table, StringComparison.Ordinal);
    }

    private static string Row(string date, string self, string officer, string linked) =>
        $"Person search,{date},False,,51.588,-2.997,Male,18-24,{self},{officer},Misuse of Drugs Act 1971 (section 23),Controlled drugs," +
        $"{(linked == "True" ? "Arrest" : "A no further action disposal")},{linked},False";
}
