using Lantern.Cli;

namespace Lantern.Tests.Cli;

public sealed class LanternCliTests
{
    [Fact]
    public void Run_UnknownCommand_ExitsWithUsageError()
    {
        using var cli = new CliRun();
        var (exit, _, err) = cli.Run("patrol-everywhere");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--help", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsTheCommands()
    {
        using var cli = new CliRun();
        var (exit, output, _) = cli.Run("--help");
        Assert.Equal(ExitCodes.Ok, exit);
        foreach (string command in new[] { "import", "coverage", "rejects", "places" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Coverage_NoDatabase_IsBadInputNamingTheFile()
    {
        using var cli = new CliRun();
        var (exit, _, err) = cli.Run("coverage");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains(cli.Db, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingPath_IsBadInputNamingThePath()
    {
        using var cli = new CliRun();
        var (exit, _, err) = cli.Run("import", Path.Combine(cli.Directory, "nowhere"));
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("nowhere: no such file or folder", err, StringComparison.Ordinal);
    }
}
