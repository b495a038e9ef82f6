using Lantern.Cli;

namespace Lantern.Tests.Cli;

public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("0")] // no upload could be taken at all
    [InlineData("-5")] // a sign slip
    public void Serve_MaxUploadNotASize_IsAUsageError_BeforeAnythingStarts(string megabytes)
    {
        using var cli = new CliRun();

        var (exit, _, err) = cli.Run("serve", "--max-upload-mb", megabytes, "--port", "1");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains($"--max-upload-mb (Lantern__Web__MaxUploadMegabytes): {megabytes} is not a size (at least 1 MB)", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--trusted-proxy-header X-Remote-User", "--trusted-proxy-header needs --trusted-proxy-address")] // a header believed from anyone
    [InlineData("--trusted-proxy-address proxy.force.local", "'proxy.force.local' is not an IP address")]
    public void Serve_AProxySettingThatCannotBeChecked_IsUsageError(string options, string message)
    {
        using var cli = new CliRun();
        var (exit, _, err) = cli.Run(["serve", .. options.Split(' ')]);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_ComeFromLanternWebEnvironmentVariables_ButNeverProductionMode()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Lantern__Web__MaximumSessionAge"] = "08:00:00",
            ["Lantern__Web__LockoutAttempts"] = "3",
            ["Lantern__Web__TileUrl"] = "https://tiles.force.local/{z}/{x}/{y}.png",
            ["Lantern__Web__Production"] = "false", // only 'lantern demo' runs without an administrator
            ["Lantern__Web__Database"] = "elsewhere.db", // --db and LANTERN_DB say which store
        };
        var context = new CliContext(TextWriter.Null, TextWriter.Null, interactive: false, TimeProvider.System, variables.GetValueOrDefault);

        Lantern.Web.LanternWebOptions options = ServeCommand.FromEnvironment(context);

        Assert.Equal(TimeSpan.FromHours(8), options.MaximumSessionAge);
        Assert.Equal(3, options.LockoutAttempts);
        Assert.Equal("https://tiles.force.local/{z}/{x}/{y}.png", options.TileUrl);
        Assert.True(options.Production);
        Assert.Equal("lantern.db", options.Database);
    }

    [Theory]
    [InlineData("Lantern__Web__MaximumSessionAge", "soon", "Lantern__Web__MaximumSessionAge: 'soon' is not a duration (hh:mm:ss)")]
    [InlineData("Lantern__Web__LockoutAttempts", "0", "Lantern__Web__LockoutAttempts: must be more than zero")]
    [InlineData("Lantern__Web__MaxUploadMegabytes", "0", "Lantern__Web__MaxUploadMegabytes): 0 is not a size")]
    // a watch that never looks (zero), and one longer than the timer takes (it would stop the server after it started)
    [InlineData("Lantern__Web__ImportWatchInterval", "00:00:00", "Lantern__Web__ImportWatchInterval: must be more than zero")]
    [InlineData("Lantern__Web__ImportWatchInterval", "60.00:00:00", "Lantern__Web__ImportWatchInterval: at most a day (24:00:00)")]
    public void Serve_ASettingFromTheEnvironmentThatCannotWork_IsAUsageError_NamingTheVariable(string variable, string value, string message)
    {
        using var cli = new CliRun();
        cli.Variables[variable] = value;

        var (exit, _, err) = cli.Run("serve", "--port", "1");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_AnOptionGiven_WinsOverItsVariable()
    {
        using var cli = new CliRun();
        cli.Variables["Lantern__Web__TrustedProxyAddress"] = "10.0.0.5";

        var (exit, _, err) = cli.Run("serve", "--trusted-proxy-address", "proxy.force.local", "--port", "1");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("'proxy.force.local' is not an IP address", err, StringComparison.Ordinal);
    }
}
