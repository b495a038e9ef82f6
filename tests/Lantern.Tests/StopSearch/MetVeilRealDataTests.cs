using System.Text.Json;

namespace Lantern.Tests.StopSearch;

/// <summary>
/// The veil-of-darkness test on the Metropolitan Police's real searches, 2021-06 to 2023-12 (423,064 searches): the
/// figures docs/stop-search.md reports. If the data, the method or the solar computation change, these change; update
/// the document with them.
/// </summary>
public sealed class MetVeilRealDataTests
{
    [RealDataFact]
    public void Veil_ThirtyMonthsOfTheMet_TheDocumentedFigures()
    {
        using var cli = new Cli.CliRun();
        string[] files = [.. Directory.GetFiles(RealData.Path("police"), "*-metropolitan-stop-and-search.csv", SearchOption.AllDirectories)
            .Where(f => string.CompareOrdinal(Path.GetFileName(f), "2021-06") >= 0).Order(StringComparer.Ordinal)];
        Assert.Equal(30, files.Length);
        cli.RunOk(["import", .. files]);
        cli.RunOk("areas", "import", "--level", "borough", RealData.Path("geo", "london-boroughs-2022.geojson"));

        // Officer-defined ethnicity, one effect for the force.
        JsonElement officer = Veil(cli);
        AssertBeta(officer, -0.1056, -0.1316, -0.0796);
        AssertSample(officer, used: 136_634, dark: 61_273, blackDark: 24_027, light: 75_361, blackLight: 31_147);
        JsonElement left = officer.GetProperty("excluded");
        Assert.Equal((44_207L, 8_502L, 220_829L, 12_892L), (left.GetProperty("noCoordinates").GetInt64(), left.GetProperty("unknownEthnicity").GetInt64(),
            left.GetProperty("outsideWindow").GetInt64(), left.GetProperty("twilight").GetInt64()));

        // Borough fixed effects: 607 searches lie outside London's 33 boroughs (the Met searches elsewhere too).
        JsonElement byBorough = Veil(cli, "--area-level", "borough");
        AssertBeta(byBorough, -0.0958, -0.1228, -0.0689);
        AssertSample(byBorough, used: 136_449, dark: 61_186, blackDark: 24_004, light: 75_263, blackLight: 31_115);
        Assert.Equal(607, byBorough.GetProperty("excluded").GetProperty("noArea").GetInt64());
        Assert.Equal(33, byBorough.GetProperty("sample").GetProperty("areasUsed").GetInt32());
        Assert.Equal(("16:29", "22:11"), (byBorough.GetProperty("window").GetProperty("start").GetString(), byBorough.GetProperty("window").GetProperty("end").GetString()));

        // Self-defined ethnicity: 113,092 searches with none recorded are left out.
        JsonElement self = Veil(cli, "--ethnicity", "self", "--area-level", "borough");
        AssertBeta(self, -0.0562, -0.0892, -0.0232);
        AssertSample(self, used: 97_933, dark: 43_591, blackDark: 14_394, light: 54_342, blackLight: 18_673);
    }

    private static JsonElement Veil(Cli.CliRun cli, params string[] more)
    {
        using JsonDocument doc = JsonDocument.Parse(cli.RunOk(["stopsearch", "veil", "--force", "metropolitan", "--from", "2021-06", "--to", "2023-12", "--json", .. more]));
        return doc.RootElement.GetProperty("result").Clone();
    }

    private static void AssertBeta(JsonElement r, double beta, double low, double high)
    {
        Assert.Equal(beta, r.GetProperty("beta").GetDouble(), 4);
        Assert.Equal(low, r.GetProperty("low").GetDouble(), 4);
        Assert.Equal(high, r.GetProperty("high").GetDouble(), 4);
        Assert.True(r.GetProperty("converged").GetBoolean());
    }

    private static void AssertSample(JsonElement r, long used, long dark, long blackDark, long light, long blackLight)
    {
        JsonElement s = r.GetProperty("sample");
        Assert.Equal((used, dark, blackDark, light, blackLight), (s.GetProperty("used").GetInt64(), s.GetProperty("dark").GetInt64(),
            s.GetProperty("blackWhenDark").GetProperty("events").GetInt64(), s.GetProperty("light").GetInt64(), s.GetProperty("blackWhenLight").GetProperty("events").GetInt64()));
    }
}
