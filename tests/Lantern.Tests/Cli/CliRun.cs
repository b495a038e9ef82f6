using Lantern.Cli;

namespace Lantern.Tests.Cli;

/// <summary>Runs the real command line in-process against a temporary database, capturing what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Directory = Path.Combine(Path.GetTempPath(), "lantern-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Db = Path.Combine(Directory, "test.db");
    }

    public string Directory { get; }

    public string Db { get; }

    public FakeTime Time { get; } = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Environment variables the command sees, besides LANTERN_DB (the test database).</summary>
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    /// <summary>Width of the pretend terminal; null keeps the piped default.</summary>
    public int? Width { get; set; }

    /// <summary>A data.police.uk street file of one robbery in Newport, July 2024, written in <see cref="Directory"/>; its path.</summary>
    public string OneGwentCrime()
    {
        string file = Path.Combine(Directory, "2024-07-gwent-street.csv");
        File.WriteAllLines(file, [
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
            "r1,2024-07,Gwent Police,Gwent Police,-2.997,51.588,On or near High Street,W01001680,Newport 007E,Robbery,,",
        ]);
        return file;
    }

    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, interactive: false, Time, name => name == "LANTERN_DB" ? Db : Variables.GetValueOrDefault(name));
        if (Width is { } width)
        {
            context.Console.Profile.Width = width;
        }

        int exit = LanternCli.RunAsync(args, context).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs and asserts success, showing what the command printed to stderr when it did not succeed.</summary>
    public string RunOk(params string[] args)
    {
        var (exit, output, error) = Run(args);
        Assert.True(exit == 0, $"lantern {string.Join(' ', args)} exited {exit}: {error}{output}");
        return output;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failed test: the temp folder is cleaned by the OS, and the test reports its own failure.
        }
    }
}
