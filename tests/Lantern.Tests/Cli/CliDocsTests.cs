using System.Text;

namespace Lantern.Tests.Cli;

/// <summary>
/// docs/cli.md holds every command's help: this test keeps it true. When a command changes, regenerate it with
/// <c>LANTERN_UPDATE_DOCS=1 dotnet test tests/Lantern.Tests --filter CliDocs</c>.
/// </summary>
public sealed class CliDocsTests
{
    private static readonly string[][] s_commands =
    [
        [], ["import"], ["coverage"], ["rejects"], ["areas", "import"], ["areas", "list"], ["population", "import"], ["population", "list"],
        ["hotspots"], ["tasking"], ["backtest"], ["stopsearch", "summary"], ["stopsearch", "veil"], ["stopsearch", "bwv"], ["stopsearch", "places"], ["stopsearch", "boroughs"], ["stopsearch", "report"],
        ["s60", "add"], ["s60", "extend"], ["s60", "withdraw"], ["s60", "list"], ["s60", "show"], ["s60", "rules"],
        ["offenders", "generate"], ["offenders", "import"], ["offenders", "score"], ["offenders", "list"], ["offenders", "explain"], ["offenders", "review"],
        ["offenders", "managed"], ["offenders", "export"], ["offenders", "power-few"], ["offenders", "fairness"], ["offenders", "subject-access"],
        ["model-card", "offenders"], ["retention", "run"],
        ["places", "add"], ["places", "suppress"], ["places", "list"], ["places", "withdraw"], ["runs", "list"], ["runs", "show"], ["runs", "check"],
        ["generate"], ["demo"], ["serve"], ["users"], ["users", "add"], ["users", "list"], ["users", "password"], ["audit"], ["audit", "verify"],
    ];

    [Fact]
    public void CliDoc_MatchesTheHelp()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "cli.md");
        string expected = Render();
        if (Environment.GetEnvironmentVariable("LANTERN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "docs/cli.md differs from the commands' help: run LANTERN_UPDATE_DOCS=1 dotnet test tests/Lantern.Tests --filter CliDocs");
    }

    private static string Render()
    {
        using var cli = new CliRun();
        var sb = new StringBuilder();
        sb.Append("""
            # The lantern command

            Run it from a checkout as `./lantern COMMAND [options]` (it builds itself on first use). Every command takes
            `--db FILE` or `--db postgres://user:password@host:port/database` (PostgreSQL); without it the database is
            `$LANTERN_DB`, else `./lantern.db` (`lantern demo` uses `lantern-demo.db`).

            Exit codes:

            | code | meaning |
            |---|---|
            | 0 | the command did what was asked |
            | 1 | bad input: a file, row, value or database the command could not use; the message names the file, line and field |
            | 2 | usage error: unknown command or option, a missing or malformed argument |
            | 3 | a fault in Lantern itself: please report it with the message |

            A force is given as a data.police.uk slug (`gwent`) or its full name ("Gwent Police"). One that is not a force,
            by either spelling, is a value the command could not use (1), not a usage error: a name Lantern does not know,
            or a slug the database holds nothing for where the command needs its data. A list filtered by a slug with
            nothing recorded (`runs list`, `coverage`) is empty (0): slugs are open, since a force export may bring any force.
            Leaving out `--force` when the database holds several forces is a usage error (2).

            On a terminal, long work shows a progress bar; when output is piped or redirected, it prints plain lines.
            This page is generated from the commands' own help (a test keeps it in step).

            """.Replace("\r", string.Empty, StringComparison.Ordinal));
        foreach (string[] command in s_commands)
        {
            string name = command.Length == 0 ? "lantern" : "lantern " + string.Join(' ', command);
            sb.Append('\n').Append("## ").Append(name).Append("\n\n```\n");
            sb.Append(cli.RunOk([.. command, "--help"]).Replace("\r", string.Empty, StringComparison.Ordinal).TrimEnd()).Append("\n```\n");
        }

        return sb.ToString();
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        for (DirectoryInfo? d = new(Path.GetDirectoryName(source)!); d is not null; d = d.Parent) // a source file always has a folder
        {
            if (File.Exists(Path.Combine(d.FullName, "Lantern.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (holding Lantern.slnx) was not found above " + source);
    }
}
