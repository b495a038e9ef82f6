using System.Text.Json;
using Lantern.Analysis;
using Lantern.Cli;
using Lantern.Core.StopSearch;

namespace Lantern.Tests.Cli;

/// <summary><c>lantern stopsearch veil</c> on a hand-made file: the sample, what is left out and why, and the documented exit codes.</summary>
public sealed class StopSearchVeilCommandTests
{
    private const string Header =
        "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity," +
        "Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";

    [Fact]
    public void Veil_TooFewSearches_SaysWhyAndCountsEveryOneLeftOut()
    {
        using var cli = new CliRun();
        string file = Path.Combine(cli.Directory, "2023-12-metropolitan-stop-and-search.csv");
        File.WriteAllLines(file,
        [
            Header,
            Row("2023-12-01T17:00:00+00:00", "51.5", "-0.1", "Black"), // dark: civil dusk in London about 16:35 GMT
            Row("2023-12-05T17:30:00+00:00", "51.5", "-0.1", "White"), // dark (and the force's one area has both groups)
            Row("2023-12-02T17:00:00+00:00", "", "", "Black"), // no coordinates
            Row("2023-12-03T12:00:00+00:00", "51.5", "-0.1", "White"), // midday: outside the window
            Row("2023-12-04T17:00:00+00:00", "51.5", "-0.1", ""), // no officer-defined ethnicity
        ]);
        cli.RunOk("import", file);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "veil", "--json"));

        JsonElement r = doc.RootElement.GetProperty("result");
        Assert.Equal(JsonValueKind.Null, r.GetProperty("beta").ValueKind);
        Assert.Contains("too few searches", r.GetProperty("notFitted").GetString(), StringComparison.Ordinal);
        JsonElement left = r.GetProperty("excluded");
        Assert.Equal((1L, 1L, 1L), (left.GetProperty("noCoordinates").GetInt64(), left.GetProperty("unknownEthnicity").GetInt64(), left.GetProperty("outsideWindow").GetInt64()));
        Assert.Equal(2, r.GetProperty("sample").GetProperty("dark").GetInt64());
        Assert.Equal("officer", doc.RootElement.GetProperty("parameters").GetProperty("ethnicity").GetString());
        Assert.Contains("stopsearch-veil", cli.RunOk("runs", "list", "--kind", "stopsearch-veil"), StringComparison.Ordinal);
        Assert.Contains("1 searches have no coordinates, so no sunset can be worked out", cli.RunOk("stopsearch", "veil"), StringComparison.Ordinal);

        Assert.Equal(ExitCodes.BadInput, cli.Run("stopsearch", "veil", "--area-level", "borough").Exit); // no boundaries imported
        Assert.Equal(ExitCodes.Usage, cli.Run("stopsearch", "veil", "--knots", "9").Exit);
        Assert.Equal(ExitCodes.Usage, cli.Run("stopsearch", "veil", "--ethnicity", "both").Exit);
    }

    // DOMAIN.md §5: β < 0 (Black people a smaller share of those searched after dark) suggests bias; the note must not read it the other way.
    [Theory]
    [InlineData(-0.10, -0.13, -0.08, "a smaller share of those searched after dark than at the same clock times in daylight, which is what the test reads as a sign of bias")]
    [InlineData(0.10, 0.08, 0.13, "a larger share of those searched after dark than at the same clock times in daylight: no sign of the bias the test looks for")]
    [InlineData(-0.02, -0.05, 0.01, "the interval covers zero: no clear difference between darkness and daylight")]
    public void Notes_SignOfBeta_ReadAsTheMethodDoes(double beta, double low, double high, string expected)
    {
        var v = new VeilResult { Beta = beta, Low = low, High = high, Converged = true };
        List<string> notes = VeilRun.Notes(v, EthnicityBasis.OfficerDefined, "force");
        Assert.Single(notes, n => n.Contains(expected, StringComparison.Ordinal));
    }

    private static string Row(string date, string lat, string lon, string officer) =>
        $"Person search,{date},False,,{lat},{lon},Male,18-24,,{officer},Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,False";

    [Fact]
    public void Veil_AModelThatCannotConverge_GivesNullFiguresAndSaysWhy_NotAnInternalError()
    {
        // Three months of the generator's searches: one in daylight, so the fit runs away (β 24.6, standard error 1e6) and the
        // odds ratio's upper bound overflows. JSON has no infinity: the run failed with an internal error before.
        using var cli = new CliRun();
        string data = Path.Combine(cli.Directory, "data");
        cli.RunOk("generate", "--out", data, "--events", "2000", "--months", "3", "--end", "2025-01");
        cli.RunOk("import", data);

        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("stopsearch", "veil", "--json"));
        JsonElement result = doc.RootElement.GetProperty("result");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("oddsRatioHigh").ValueKind);
        Assert.Contains(result.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Some figures are not finite", StringComparison.Ordinal));
    }
}
