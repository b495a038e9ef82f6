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
        Assert.Contains($"--max-upload-mb: {megabytes} is not a size (at least 1 MB)", err, StringComparison.Ordinal);
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
}
