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
}
