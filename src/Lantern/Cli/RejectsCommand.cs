using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

/// <summary><c>lantern rejects</c>: the rows that failed validation, with file, line, field and reason.</summary>
internal static class RejectsCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var file = new Option<string?>("--file") { Description = "Only files whose name contains this text" };
        var limit = new Option<int>("--limit") { Description = "Show at most this many rows", DefaultValueFactory = _ => 200 };
        var json = new Option<bool>("--json") { Description = "Print as JSON" };
        var command = new Command("rejects", "List rows that were rejected on import, with file, line, field and reason") { file, limit, json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            string? filter = parse.GetValue(file);
            int max = parse.GetValue(limit);
            if (max < 1)
            {
                throw new CliException("--limit must be at least 1", ExitCodes.Usage);
            }

            IReadOnlyList<RejectRow> rows = RejectRow.Read(store, filter, max);
            long total = RejectRow.Count(store, filter);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(new { total, shown = rows.Count, rejects = rows }, JsonOutput.Options));
                return ExitCodes.Ok;
            }

            if (total == 0)
            {
                // With a filter, "no rejected rows" read as none at all although other files had some.
                context.Out.WriteLine(filter is null || RejectRow.Count(store, null) == 0
                    ? "No rejected rows."
                    : $"No rejected rows in files whose name contains '{filter}' (other files have some: 'lantern rejects' lists them).");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("File", "Line", "Field", "Reason", "Row as read");
            foreach (RejectRow r in rows)
            {
                string raw = r.Raw.Length > 80 ? r.Raw[..77] + "..." : r.Raw;
                table.AddRow(Markup.Escape(r.File), r.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(r.Field), Markup.Escape(r.Reason), Markup.Escape(raw));
            }

            context.Console.Write(table);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count:N0} of {total:N0} rejected rows shown."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
