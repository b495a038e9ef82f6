namespace Lantern.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_FromNothing_PrintsATaskingListAndIsRepeatable()
    {
        using var cli = new CliRun();
        string db = Path.Combine(cli.Directory, "demo.db");
        string data = Path.Combine(cli.Directory, "demo-data");
        string first = cli.RunOk("demo", "--db", db, "--data", data, "--date", "2026-11-21", "--top", "5", "--no-serve");
        Assert.Contains("Tasking list for Lantern Demo Constabulary (lantern-demo)", first, StringComparison.Ordinal);
        Assert.Contains("Automatic choice:", first, StringComparison.Ordinal);
        Assert.Contains("rejected 0", first, StringComparison.Ordinal);

        string second = cli.RunOk("demo", "--db", db, "--data", data, "--date", "2026-11-21", "--top", "5", "--no-serve");
        Assert.Contains("Using the synthetic data already generated", second, StringComparison.Ordinal);
        Assert.Contains("imported 0", second, StringComparison.Ordinal);
        Assert.Equal(Table(first), Table(second));
    }

    private static string Table(string output)
    {
        int start = output.IndexOf("Tasking list", StringComparison.Ordinal);
        // The run number differs between runs; everything from the table on must not.
        return output[output.IndexOf('\n', start)..];
    }
}
