using System.CommandLine;
using Lantern.Analysis.Scrutiny;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class StopSearchCommand
{
    private static Command Report(CliContext context, GlobalOptions global)
    {
        (Option<string?> force, _, _, _, Option<string?> by) = Common();
        var json = new Option<bool>("--json") { Description = "Print the report as JSON: the run, its parameters and the tables as published (the run's inputs: 'lantern runs show')" };
        var month = new Option<string?>("--month") { Description = "The month, yyyy-MM (default: the latest month with searches)" };
        var csv = new Option<bool>("--csv") { Description = "Print the report as CSV, one figure a line (a withheld figure blank, with the reason)" };
        var html = new Option<string?>("--html") { Description = "Also write the report as a page to print (HTML, its stylesheet inside) to this file" };
        var command = new Command("report", "The scrutiny panel's monthly report: aggregates only, every count under 5 shown as <5 and the counts that would " +
            "give one away withheld too; volumes, outcomes, disproportionality, Section 60, body-worn video, data quality. Recorded as a run and in the audit log")
        {
            force, month, json, csv, html, by,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(json) && r.GetValue(csv))
            {
                r.AddError("--json and --csv cannot be used together");
            }
        });
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            string? file = parse.GetValue(html);
            string format = (parse.GetValue(json) ? "cli-json" : parse.GetValue(csv) ? "cli-csv" : "cli") + (file is null ? "" : "+html");
            ScrutinyReport r = ScrutinyReportRun.Compute(store, parse.GetValue(force), parse.GetValue(month), parse.GetValue(by) ?? Environment.UserName, format, null,
                context.Time);
            if (file is not null)
            {
                try
                {
                    File.WriteAllText(file, ScrutinyReportHtml.Page(r, ScrutinyReportHtml.Stylesheet()));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"--html {file}: {e.Message}");
                }
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(r.Json(LanternCli.Version));
            }
            else if (parse.GetValue(csv))
            {
                context.Out.Write(ScrutinyReportCsv.Write(r));
            }
            else
            {
                PrintReport(context.Console, r);
                if (file is not null)
                {
                    context.Console.WriteLine($"Wrote the page to print to {file}.");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void PrintReport(IAnsiConsole console, ScrutinyReport r)
    {
        console.MarkupLine(Markup.Escape($"Stop and search in {r.ForceName}: {ScrutinyReportHtml.MonthName(r.Month)} (scrutiny panel report)") + $" [grey](run #{r.RunId})[/]");
        foreach (ReportTable t in r.Tables)
        {
            var table = new Table().Title(Markup.Escape(t.Title)).AddColumns([.. t.Columns.Select(c => Markup.Escape(c))]);
            foreach (ReportRow row in t.Rows)
            {
                table.AddRow([Markup.Escape(row.Label), .. row.Cells.Select(c => Markup.Escape(c.Text))]);
            }

            if (t.Rows.Count > 0)
            {
                console.Write(table);
            }

            foreach (string note in t.Notes)
            {
                console.WriteLine($"{t.Title}: {note}");
            }
        }

        foreach (string note in r.Notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }
}
