using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lantern.Data.Formats;
using Lantern.Data.Import;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern import PATH...</c>: data.police.uk files, folders, zips and force exports into the store.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files (.csv), folders in data.police.uk's layout (YYYY-MM/YYYY-MM-<force>-<kind>.csv), or .zip archives of it",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var force = new Option<string?>("--force")
        {
            Description = "Force for files whose rows and name do not say (stop-and-search files not named YYYY-MM-<force>-stop-and-search.csv)",
        };
        var crs = new Option<string?>("--crs")
        {
            Description = "EPSG code of a force export's Easting and Northing ('26910' or 'EPSG:26910'; default 27700, British National Grid). " +
                "Supported: " + Lantern.Core.Geography.ProjectedCrs.Supported,
        };
        var maxUnzipped = new Option<int?>("--max-unzipped-gb")
        {
            Description = "The most a .zip's CSV files may expand to together, in GiB, before it is refused as a possible zip bomb " +
                $"(default {ZipLimits.DefaultMaxArchiveBytes >> 30}; data.police.uk's whole download is a few GB)",
        };
        var command = new Command("import", "Import police data: street crimes, outcomes, stop and search, force exports, VPD GeoDASH exports")
        {
            paths,
            json,
            force,
            crs,
            maxUnzipped,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(context, global.DbPath(parse, context), parse.GetRequiredValue(paths),
            parse.GetValue(json), ForceOption.Resolve(parse.GetValue(force)), summaryOnly: false, ct, ParseCrs(parse.GetValue(crs)),
            Limits(parse.GetValue(maxUnzipped)))));
        return command;
    }

    /// <summary>The caps on a .zip, with --max-unzipped-gb if given.</summary>
    private static ZipLimits Limits(int? gigabytes) => gigabytes switch
    {
        null => ZipLimits.Default,
        < 1 => throw new CliException($"--max-unzipped-gb: {gigabytes} is not a size (a whole number of GiB, 1 or more)", ExitCodes.Usage),
        _ => ZipLimits.Default with { MaxArchiveBytes = (long)gigabytes << 30 },
    };

    /// <summary>An EPSG code as given to --crs ("26910", "EPSG:26910"), checked against the supported systems.</summary>
    internal static int? ParseCrs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string digits = text.Trim();
        if (digits.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[5..];
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            throw new CliException($"--crs: '{text}' is not an EPSG code (a number such as 26910, or EPSG:26910)", ExitCodes.Usage);
        }

        return Lantern.Core.Geography.ProjectedCrs.TryCreate(code, out string? error) is null
            ? throw new CliException($"--crs: {error}", ExitCodes.Usage)
            : code;
    }

    /// <summary>Imports the paths and reports: a line per file and a total, or (<paramref name="summaryOnly"/>) the total alone.</summary>
    internal static int Run(CliContext context, string dbPath, string[] paths, bool json, string? force, bool summaryOnly,
        CancellationToken cancellationToken, int? epsg = null, ZipLimits? zipLimits = null)
    {
        using ImportSourceList sources = ImportSources.Expand(paths, out IReadOnlyList<string> errors, zipLimits);
        if (errors.Count > 0)
        {
            throw new CliException(string.Join(Environment.NewLine, errors));
        }

        using LanternStore store = LanternStore.Open(dbPath);
        var importer = new Importer(store, LanternCli.Version, context.Time);
        var results = new List<FileImportResult>();
        var clock = Stopwatch.StartNew();
        if (context.Interactive && !json)
        {
            // Where each file's bytes begin in the total: on PostgreSQL a file is read while the one before is merged.
            long[] before = new long[sources.Count];
            for (int i = 1; i < sources.Count; i++)
            {
                before[i] = before[i - 1] + sources[i - 1].Length;
            }

            long total = sources.Count == 0 ? 0 : before[^1] + sources[^1].Length;
            context.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(p =>
                {
                    ProgressTask task = p.AddTask("Importing", maxValue: Math.Max(total, 1));
                    results.AddRange(importer.ImportFiles(sources, force, cancellationToken, epsg,
                        progress: (i, bytes) =>
                        {
                            if (bytes == 0)
                            {
                                task.Description = sources[i].FileName; // the file begins
                            }

                            task.Value = Math.Max(task.Value, before[i] + bytes);
                        },
                        imported: (i, r) =>
                        {
                            task.Value = Math.Max(task.Value, before[i] + sources[i].Length);
                            if (!summaryOnly)
                            {
                                // On a terminal the file name alone: a full path wraps under the progress bar and garbles it.
                                context.Console.MarkupLine(Markup.Escape(Line(r with { Name = sources[i].FileName })));
                            }
                        }));
                });
        }
        else
        {
            results.AddRange(importer.ImportFiles(sources, force, cancellationToken, epsg, imported: (_, r) =>
            {
                if (!json && !summaryOnly)
                {
                    context.Out.WriteLine(Line(r));
                }
            }));
        }

        clock.Stop();
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                database = store.Name,
                seconds = Math.Round(clock.Elapsed.TotalSeconds, 3),
                files = results.Select(r => new
                {
                    file = r.Name,
                    kind = r.Kind?.ToString(),
                    force = r.Force,
                    forces = r.Forces,
                    read = r.RowsRead,
                    imported = r.RowsImported,
                    alreadyPresent = r.RowsPresent,
                    updated = r.RowsUpdated,
                    rejected = r.RowsRejected,
                    rejectedByReason = r.RejectsByReason,
                    epsg = r.Epsg,
                    notes = r.Notes,
                    previouslyImportedAt = r.PreviouslyImportedAt,
                    error = r.Error?.ToString(),
                }),
                skipped = sources.Skipped.Select(s => new { file = s.Name, reason = s.Reason }),
            }, JsonOutput.Options));
        }
        else
        {
            if (!summaryOnly)
            {
                foreach (SkippedFile skipped in sources.Skipped)
                {
                    context.Out.WriteLine(Line(skipped));
                }
            }

            long read = results.Sum(r => r.RowsRead);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{results.Count} files: read {read:N0}, imported {results.Sum(r => r.RowsImported):N0}, " +
                $"{(results.Sum(r => r.RowsUpdated) is > 0 and var u ? $"updated {u:N0}, " : string.Empty)}already present {results.Sum(r => r.RowsPresent):N0}, " +
                $"rejected {results.Sum(r => r.RowsRejected):N0}, failed files {results.Count(r => r.Failed)}" +
                $"{(sources.Skipped.Count > 0 ? $", skipped files {sources.Skipped.Count:N0} (not .csv or .zip)" : string.Empty)}; {clock.Elapsed.TotalSeconds:F1} s " +
                $"({read / Math.Max(clock.Elapsed.TotalSeconds, 1e-3):N0} rows/s) into {store.Name}"));
            if (results.Any(r => r.RowsRejected > 0 && r.PreviouslyImportedAt is null))
            {
                context.Out.WriteLine("Rejected rows are kept: see them with 'lantern rejects'.");
            }
        }

        foreach (FileImportResult failed in results.Where(r => r.Failed))
        {
            context.Err.WriteLine($"lantern: {failed.Error}");
        }

        return results.Any(r => r.Failed) ? ExitCodes.BadInput : ExitCodes.Ok;
    }

    /// <summary>
    /// ", gwent": whose records the file's rows are, as its rows said (a force export's name gives none) or else its file
    /// name; a few at most, and how many more.
    /// </summary>
    private static string ForcesText(FileImportResult r)
    {
        const int Named = 5;
        IReadOnlyList<string> forces = r.Forces.Count > 0 ? r.Forces : r.Force is { } named ? [named] : [];
        return forces.Count switch
        {
            0 => string.Empty,
            <= Named => ", " + string.Join(", ", forces),
            _ => string.Create(CultureInfo.InvariantCulture, $", {string.Join(", ", forces.Take(Named))} and {forces.Count - Named:N0} other forces"),
        };
    }

    /// <summary>The report's line for a file found and not read.</summary>
    internal static string Line(SkippedFile skipped) => $"{skipped.Name}: skipped, {skipped.Reason}";

    internal static string Line(FileImportResult r)
    {
        if (r.Error is { } e)
        {
            return $"{r.Name}: NOT IMPORTED (nothing written): {e.Reason} (line {e.Line}, field '{e.Field}')";
        }

        string kind = r.Kind switch
        {
            SourceKind.Street => "street",
            SourceKind.Outcomes => "outcomes",
            SourceKind.StopAndSearch => "stop-and-search",
            SourceKind.ForceExport => "force export",
            SourceKind.StopSearchExport => "stop-and-search force export",
            SourceKind.VpdGeoDash => "VPD GeoDASH export",
            _ => "?",
        };
        string forces = ForcesText(r);
        if (r.PreviouslyImportedAt is { } at)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{r.Name}: {kind}{forces}, already imported {at:yyyy-MM-dd HH:mm} UTC: read {r.RowsRead:N0}, imported 0, already present {r.RowsPresent:N0}, rejected {r.RowsRejected:N0} (kept then)");
        }

        string reasons = r.RejectsByReason.Count == 0
            ? string.Empty
            : " (" + string.Join("; ", r.RejectsByReason.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:N0} × {kv.Key}"))) + ")";
        string crs = r.Epsg == Lantern.Core.Geography.ProjectedCrs.BritishNationalGridCode ? string.Empty
            : ", " + Lantern.Core.Geography.ProjectedCrs.FromEpsg(r.Epsg);
        string notes = r.Notes.Count == 0
            ? string.Empty
            : "; " + string.Join("; ", r.Notes.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:N0} × {kv.Key}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{r.Name}: {kind}{forces}{crs}: read {r.RowsRead:N0}, imported {r.RowsImported:N0}, " +
            $"{(r.RowsUpdated > 0 ? $"updated {r.RowsUpdated:N0} (newer versions of crimes already held), " : string.Empty)}already present {r.RowsPresent:N0}, rejected {r.RowsRejected:N0}{reasons}{notes}");
    }
}
