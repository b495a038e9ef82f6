using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Core.Forces;
using Lantern.Data.Formats;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern coverage</c>: which force × month × kind is present, and which months are missing.</summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var force = new Option<string?>("--force") { Description = "Only this force (slug such as 'gwent', or full name)" };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var months = new Option<bool>("--months") { Description = "List every month with its row count" };
        var command = new Command("coverage", "Show which forces, months and kinds of data are in the database; missing months are flagged")
        {
            force, json, months,
        };
        command.SetAction(parse =>
        {
            string? slug = ForceOption.Resolve(parse.GetValue(force));
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            Coverage coverage = Coverage.Read(store, slug);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    database = store.Name,
                    series = coverage.Series.Select(s => new
                    {
                        force = s.Force,
                        kind = KindName(s.Kind),
                        first = s.First.ToString(),
                        last = s.Last.ToString(),
                        rows = s.Rows,
                        missing = s.Missing.Select(m => m.ToString()),
                        incomplete = s.Incomplete.Select(m => new { month = m.Month.ToString(), lastDay = m.LastDay }),
                        months = s.Months.Select(m => new { month = m.Month.ToString(), rows = m.Rows, withoutLocation = m.Unlocated }),
                    }),
                }, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            if (coverage.Series.Count == 0)
            {
                context.Out.WriteLine(slug is null ? $"{store.Name} holds no data yet: run 'lantern import <path>'." : $"{store.Name} holds no data for {slug}.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Force", "Kind", "First", "Last", "Months", "Rows", "No location", "Missing months", "Incomplete");
            foreach (CoverageSeries s in coverage.Series)
            {
                table.AddRow(
                    Markup.Escape(PoliceForces.Find(s.Force)?.Name ?? s.Force),
                    KindName(s.Kind),
                    s.First.ToString(),
                    s.Last.ToString(),
                    s.Months.Count.ToString(CultureInfo.InvariantCulture),
                    s.Rows.ToString("N0", CultureInfo.InvariantCulture),
                    s.Months.Sum(m => m.Unlocated).ToString("N0", CultureInfo.InvariantCulture),
                    s.Missing.Count == 0 ? "none" : Ranges(s.Missing),
                    IncompleteText(s));
            }

            context.Console.Write(table);
            if (parse.GetValue(months))
            {
                foreach (CoverageSeries s in coverage.Series)
                {
                    context.Out.WriteLine($"{s.Force} {KindName(s.Kind)}: " +
                        string.Join(", ", s.Months.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Month} {m.Rows:N0}"))));
                }
            }

            context.Out.WriteLine("A missing month is one the force did not publish or you did not import: it is not a month of no crime.");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.Street => "street",
        SourceKind.Outcomes => "outcomes",
        SourceKind.StopAndSearch => "stop-and-search",
        SourceKind.ForceExport => "force export",
        SourceKind.StopSearchExport => "stop-and-search force export",
        _ => kind.ToString(),
    };

    /// <summary>"2022-01, 2022-03..2022-05" from a sorted list of months.</summary>
    internal static string Ranges(IReadOnlyList<Core.Time.YearMonth> months)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < months.Count)
        {
            int j = i;
            while (j + 1 < months.Count && months[j + 1].Index == months[j].Index + 1)
            {
                j++;
            }

            parts.Add(i == j ? months[i].ToString() : $"{months[i]}..{months[j]}");
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>The months whose records stop three or more days before their end ("2022-12 (to 17 Dec)"), or "-".</summary>
    internal static string IncompleteText(CoverageSeries s) =>
        s.Incomplete.Count == 0 ? "-" : string.Join(", ", s.Incomplete.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Month} (to {m.LastDay:dd MMM})")));
}
