using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary>
/// A force that is not one exits 1 (bad input) however it is spelt: a full name Lantern does not know exited 2 (usage)
/// while a misspelt slug exited 1, so a script could not tell what the exit code meant (docs/cli.md).
/// </summary>
public sealed class ForceOptionTests
{
    [Theory]
    [InlineData("tasking")] // AnalysisInputs.ResolveForce
    [InlineData("hotspots")] // the same, through HotspotsRun
    [InlineData("backtest")] // the same, through BacktestRun
    [InlineData("stopsearch summary")] // StopSearchRun's own ResolveForce
    [InlineData("stopsearch veil")] // the same, another figure
    public void UnknownForce_BySlugOrFullName_IsBadInput(string command)
    {
        using var cli = new CliRun();
        cli.RunOk("import", cli.OneGwentCrime());

        foreach (string force in new[] { "gwnet", "Gwnet Police" })
        {
            (int exit, _, string err) = cli.Run([.. command.Split(' '), "--force", force]);

            Assert.True(exit == ExitCodes.BadInput, $"lantern {command} --force '{force}' exited {exit}: {err}");
        }
    }

    [Theory]
    [InlineData("coverage")] // a filter: a slug with nothing recorded is an empty answer, a name that is no force none
    [InlineData("runs list")] // the same
    [InlineData("places list")] // the same
    [InlineData("import")] // the force of files whose rows and name do not say
    public void UnknownFullName_IsBadInput_InEveryCommandThatTakesAForce(string command)
    {
        using var cli = new CliRun();
        string file = cli.OneGwentCrime();
        cli.RunOk("import", file);
        string[] args = command == "import" ? ["import", file] : command.Split(' ');

        (int exit, _, string err) = cli.Run([.. args, "--force", "Gwnet Police"]);

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("'Gwnet Police' is not a force: use a data.police.uk slug such as 'gwent'", err, StringComparison.Ordinal);
    }

    [Fact]
    public void KnownForce_BySlugOrFullName_IsTheSameForce()
    {
        using var cli = new CliRun();
        cli.RunOk("import", cli.OneGwentCrime());

        string byName = cli.RunOk("coverage", "--force", "Gwent Police");

        Assert.Contains("Gwent Police │ street │ 2024-07", byName, StringComparison.Ordinal);
        Assert.Equal(byName, cli.RunOk("coverage", "--force", "gwent"));
    }
}
