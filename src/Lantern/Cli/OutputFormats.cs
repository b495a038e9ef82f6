using System.CommandLine;
using System.Text;

namespace Lantern.Cli;

/// <summary>--json, --csv, --geojson and --out, shared by the commands that produce results.</summary>
internal sealed class OutputFormats
{
    public Option<bool> Json { get; } = new("--json") { Description = "Write JSON: the result with its parameters, inputs and automatic choices" };

    public Option<bool> Csv { get; } = new("--csv") { Description = "Write CSV for Excel/QGIS: the recorded run's number, BNG x/y, lat/lon, area codes" };

    public Option<bool> GeoJson { get; } = new("--geojson") { Description = "Write GeoJSON (WGS84) for QGIS/ArcGIS" };

    public Option<string?> Out { get; } = new("--out") { Description = "Write to this file instead of the screen" };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Csv);
        command.Options.Add(GeoJson);
        command.Options.Add(Out);
    }

    public OutputFormat Chosen(ParseResult parse)
    {
        var chosen = new List<OutputFormat>();
        if (parse.GetValue(Json))
        {
            chosen.Add(OutputFormat.Json);
        }

        if (parse.GetValue(Csv))
        {
            chosen.Add(OutputFormat.Csv);
        }

        if (parse.GetValue(GeoJson))
        {
            chosen.Add(OutputFormat.GeoJson);
        }

        return chosen.Count switch
        {
            0 => OutputFormat.Table,
            1 => chosen[0],
            _ => throw new CliException("Choose one of --json, --csv and --geojson", ExitCodes.Usage),
        };
    }

    /// <summary>A recorded run as JSON: its number, the version, and the documents stored with it.</summary>
    public static Task WriteRunJson(string? path, CliContext context, long run, string parameters, string inputs, string result) =>
        WriteText(path, context, w => w.WriteAsync(
            $"{{\"run\": {run}, \"lanternVersion\": \"{LanternCli.Version}\", \"parameters\": {parameters}, \"inputs\": {inputs}, \"result\": {result}}}\n"));

    /// <summary>The table goes to the screen only: --out needs a file format.</summary>
    public static void RefuseOutForTable(string? path)
    {
        if (path is not null)
        {
            throw new CliException("--out needs a format: --csv, --geojson or --json", ExitCodes.Usage);
        }
    }

    public static async Task WriteText(string? path, CliContext context, Func<TextWriter, Task> write)
    {
        if (path is null)
        {
            await write(context.Out);
            return;
        }

        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await write(writer);
    }

    public static async Task WriteStream(string? path, CliContext context, Func<Stream, Task> write)
    {
        if (path is null)
        {
            using var buffer = new MemoryStream();
            await write(buffer);
            await context.Out.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray()));
            await context.Out.FlushAsync();
            return;
        }

        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        await write(file);
    }
}
