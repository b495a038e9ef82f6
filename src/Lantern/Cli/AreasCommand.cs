using System.CommandLine;
using System.Globalization;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern areas import|list</c>: boundaries (WGS84 GeoJSON) for reporting and splitting results by area.</summary>
internal static class AreasCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("areas", "Boundaries (borough, MSOA, LSOA) for reporting and splitting results by area");
        command.Subcommands.Add(Import(context, global));
        command.Subcommands.Add(List(context, global));
        return command;
    }

    private static Command Import(CliContext context, GlobalOptions global)
    {
        var file = new Argument<string>("file") { Description = "A GeoJSON FeatureCollection of polygons in WGS84 (RFC 7946)" };
        var level = new Option<string>("--level") { Description = "borough, msoa or lsoa", Required = true };
        level.AcceptOnlyFromAmong(AreaStore.Levels);
        var codeProperty = new Option<string?>("--code-property") { Description = "Property holding the area code (default: detected, e.g. LAD22CD)" };
        var nameProperty = new Option<string?>("--name-property") { Description = "Property holding the area name (default: detected, e.g. LAD22NM)" };
        var command = new Command("import", "Import boundaries from a GeoJSON file; all features or none") { file, level, codeProperty, nameProperty };
        command.SetAction(async (parse, ct) =>
        {
            string path = parse.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file");
            }

            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            await context.Out.WriteLineAsync(await ImportFile(context, store, path, parse.GetRequiredValue(level),
                parse.GetValue(codeProperty), parse.GetValue(nameProperty), ct));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads a boundary file and stores it whole, or refuses it with every error; returns the line to print.</summary>
    internal static async Task<string> ImportFile(CliContext context, LanternStore store, string path, string level, string? codeProperty,
        string? nameProperty, CancellationToken ct)
    {
        BoundaryImport import = Import(store, await File.ReadAllBytesAsync(path, ct), path, level, codeProperty, nameProperty, context.Time);
        foreach (string warning in import.Warnings)
        {
            await context.Err.WriteLineAsync($"lantern: warning: {warning}");
        }

        if (import.Line is null)
        {
            foreach (string e in import.Errors)
            {
                await context.Err.WriteLineAsync($"lantern: {e}");
            }

            throw new CliException(import.Refusal!); // set when nothing was imported
        }

        return import.Line;
    }

    /// <summary>
    /// Reads boundaries (<paramref name="name"/> names them in messages) and stores them whole, or refuses them with every
    /// error: the command line's import and the web's upload of a GeoJSON file.
    /// </summary>
    internal static BoundaryImport Import(LanternStore store, byte[] bytes, string name, string level, string? codeProperty, string? nameProperty,
        TimeProvider time)
    {
        GeoJsonAreaOptions defaults = GeoJsonAreaOptions.ForLevel(level) ?? new GeoJsonAreaOptions();
        GeoJsonAreaOptions options = defaults with
        {
            CodeProperty = codeProperty ?? defaults.CodeProperty,
            NameProperty = nameProperty ?? defaults.NameProperty,
        };
        GeoJsonAreaResult result = new GeoJsonAreaReader().ReadAreas(bytes, name, options);
        if (!result.IsSuccess)
        {
            return new BoundaryImport(null, string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {result.ErrorCount} error(s); nothing imported (a boundary file is imported whole or not at all)"),
                [.. result.Errors.Select(e => e.ToString())], result.Warnings);
        }

        AreaImportResult r = AreaStore.Import(store, level, result, bytes, time);
        return new BoundaryImport(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {result.Features.Count:N0} {level} areas (code from '{result.CodeProperty}', name from '{result.NameProperty}'): " +
            $"added {r.Added:N0}, updated {r.Updated:N0}, unchanged {r.Unchanged:N0}{(r.SameFileBefore ? " (this file was imported before)" : string.Empty)}"),
            null, [], result.Warnings);
    }

    private static Command List(CliContext context, GlobalOptions global)
    {
        var command = new Command("list", "List the boundary levels in the database");
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            var summary = AreaStore.Summary(store);
            if (summary.Count == 0)
            {
                context.Out.WriteLine("No boundaries: import some with 'lantern areas import FILE.geojson --level borough|msoa|lsoa'.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Level", "Areas", "Source");
            foreach (var (lvl, count, source) in summary)
            {
                table.AddRow(lvl, count.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(source));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }
}
