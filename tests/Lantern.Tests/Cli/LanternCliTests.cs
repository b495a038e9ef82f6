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

    [Theory]
    [InlineData("postgres://analyst:s3cret@127.0.0.1:55432/")] // no database named
    [InlineData("postgresql://analyst:s3cret@127.0.0.1:55432/lantern?colour=blue")] // a setting Npgsql does not have
    public void Db_UnreadablePostgresUrl_IsUsageErrorThatHidesThePassword(string url)
    {
        using var cli = new CliRun();
        var (exit, _, err) = cli.Run("coverage", "--db", url);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("analyst:***@127.0.0.1", err, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", err, StringComparison.Ordinal);
    }
}
