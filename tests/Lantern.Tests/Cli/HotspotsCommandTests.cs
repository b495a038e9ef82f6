using System.Text.Json;
using Lantern.Cli;

namespace Lantern.Tests.Cli;

public sealed class HotspotsCommandTests
{
    [Fact]
    public void Hotspots_Json_RecordsParametersAutomaticChoicesAndConcentration()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk("hotspots", "--json", "--types", "violence-and-sexual-offences,robbery"));
        JsonElement root = doc.RootElement;
        Assert.Equal("2024-02", root.GetProperty("parameters").GetProperty("from").GetString());
        Assert.Equal(2, root.GetProperty("parameters").GetProperty("types").GetArrayLength());
        JsonElement result = root.GetProperty("result");
        var shares = result.GetProperty("concentration").GetProperty("points").EnumerateArray()
            .Select(p => p.GetProperty("shareOfOccupied").GetDouble()).ToList();
        Assert.Equal(shares.Order(), shares);
        Assert.True(shares[^1] > 0.3, "synthetic crime concentrates: the top 10% of cells hold more than 30% of harm");
        Assert.Contains(result.GetProperty("automaticChoices").EnumerateArray(), c => c.GetString()!.StartsWith("BandwidthMetres", StringComparison.Ordinal));
        Assert.True(result.GetProperty("giStar").GetProperty("hotCells").GetInt64() > 0);
    }

    [Fact]
    public void Hotspots_Table_WritesSmallFdrQsOneWay()
    {
        // Strong synthetic clusters give q-values far below 1e-4: the column wrote them "1.43E-17" beside "<1e-300".
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        string table = cli.RunOk("hotspots", "--top", "40");

        Assert.Matches(@"│ \d(\.\d+)?e-\d+ +│ hot spot", table);
        Assert.DoesNotMatch(@"\dE-\d", table);
    }

    [Fact]
    public void Hotspots_UnknownType_IsUsageErrorListingTheTypes()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        var (exit, _, err) = cli.Run("hotspots", "--types", "jaywalking");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("possession-of-weapons", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--band", "100000", "--band: The Gi* band must be 0 to 10,000 metres.")] // was named --bandwidth
    [InlineData("--bandwidth", "-1", "--bandwidth: The bandwidth must be over 0 and at most 50,000 metres.")] // said "(Parameter 'value')"
    public void Hotspots_DistanceOutOfRange_IsUsageErrorNamingTheOptionTyped(string option, string value, string message)
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));

        var (exit, _, err) = cli.Run("hotspots", option, value);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal($"lantern: {message}", err.Trim());
    }

    [Fact]
    public void Hotspots_NoCellSignificant_SaysSoInsteadOfAPValueOfMinusOne()
    {
        // One crime: Gi* finds nothing, and the summary printed "p ≤ -1".
        using var cli = new CliRun();
        string file = cli.OneGwentCrime();
        cli.RunOk("import", file);

        string table = cli.RunOk("hotspots", "--method", "gistar");

        Assert.Contains("0 hot and 0 cold cells significant at FDR q = 0.05 (Benjamini-Hochberg; no p-value small enough).", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Hotspots_Csv_NamesItsRecordedRunOnEveryRow_AsTheTaskingCsvDoes()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        cli.RunOk("hotspots", "--json");
        string file = Path.Combine(cli.Directory, "hotspots.csv");

        (int exit, _, string err) = cli.Run("hotspots", "--csv", "--out", file);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("(run #2)", err, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(file);
        Assert.Equal("run", lines[0].Split(',')[0]);
        Assert.True(lines.Length > 2);
        Assert.All(lines.Skip(1), l => Assert.Equal("2", l.Split(',')[0]));
        using JsonDocument run = JsonDocument.Parse(cli.RunOk("runs", "show", "2"));
        Assert.Equal("hotspots", run.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Hotspots_CsvHasBngAndLatLon()
    {
        using var cli = new CliRun();
        cli.RunOk("import", TaskingCommandTests.Generate(cli));
        string header = cli.RunOk("hotspots", "--csv").Split('\n')[0];
        foreach (string column in new[] { "x", "y", "lon", "lat", "harm" })
        {
            Assert.Contains(column, header.Split(','));
        }
    }
}
