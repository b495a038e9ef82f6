using System.Globalization;
using Lantern.Analysis;
using Lantern.Core.StopSearch;
using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;
using Lantern.Data.Store;
using Spectre.Console;

namespace Lantern.Cli;

internal static partial class Section60Command
{
    private static readonly (string Field, string Title)[] s_tables =
    [
        ("outcome", "Outcome"),
        ("selfDefinedEthnicity", "Self-defined ethnicity"),
        ("officerDefinedEthnicity", "Officer-defined ethnicity (kept separate)"),
        ("objectOfSearch", "Object of search"),
    ];

    /// <summary>"MPS/S60/1 (metropolitan): Notting Hill, 2023-08-27 12:00 BST to 2023-08-28 12:00 BST (24 h), authorised by ... under ...".</summary>
    private static string Describe(Section60Row row)
    {
        Section60Authorisation a = row.ToAuthorisation();
        string text = $"Section 60 authorisation {a.Reference} ({a.Force}): {a.Locality}{(row.AreaCode is null ? string.Empty : $" ({row.AreaCode})")}, " +
            $"{UkTime.Describe(a.Start)} to {UkTime.Describe(a.End)} ({Section60Json.HoursText(a.End - a.Start)}), authorised by {a.AuthorisingOfficer} " +
            $"({OfficerRanks.Name(a.Rank)}) under {a.Rules.Name}";
        if (a.Extension is { } e)
        {
            text += $"; extended by {e.By} ({OfficerRanks.Name(e.Rank)}) at {UkTime.Describe(e.At)} to {UkTime.Describe(e.Until)} ({Section60Json.HoursText(e.Until - a.Start)} in all)";
        }

        if (a.Withdrawal is { } w)
        {
            text += $"; withdrawn by {w.By} at {UkTime.Describe(w.At)}: {w.Reason}";
        }

        return text + ".";
    }

    private static void PrintList(CliContext context, IReadOnlyList<Section60Row> rows, DateTimeOffset now)
    {
        if (rows.Count == 0)
        {
            context.Out.WriteLine("The register is empty: record an authorisation with 'lantern s60 add'.");
            return;
        }

        var table = new Table().AddColumns("Reference", "Force", "Locality", "From (UK time)", "To", "Hours", "Authorised by", "Extended by", "Rules", "Status");
        foreach (Section60Row row in rows)
        {
            Section60Authorisation a = row.ToAuthorisation();
            table.AddRow(Markup.Escape(a.Reference), a.Force, Markup.Escape(a.Locality), UkTime.Describe(a.Start), UkTime.Describe(a.EffectiveEnd),
                Section60Json.HoursText(a.EffectiveEnd - a.Start), Markup.Escape($"{a.AuthorisingOfficer} ({OfficerRanks.Name(a.Rank)})"),
                a.Extension is { } e ? Markup.Escape($"{e.By} ({OfficerRanks.Name(e.Rank)})") : "-", a.Rules.Slug, Section60Json.Status(a, now));
        }

        context.Console.Write(table);
        context.Out.WriteLine("Show one, with the searches under it, with 'lantern s60 show REFERENCE'.");
    }

    private static void PrintShow(CliContext context, Section60ReportResult r, DateTimeOffset now)
    {
        IAnsiConsole console = context.Console;
        Section60Authorisation a = r.Authorisation;
        console.MarkupLine(Markup.Escape(Describe(r.Row)) + $" [grey](run #{r.RunId})[/]");
        console.WriteLine($"Belief: {Section60RuleSet.BeliefSlug(a.Belief)}. Grounds: {a.Grounds}");
        console.WriteLine($"Status: {Section60Json.Status(a, now)}. It ran {UkTime.Describe(a.Start)} to {UkTime.Describe(a.EffectiveEnd)} " +
            $"({Section60Json.HoursText(a.EffectiveEnd - a.Start)}). Recorded by {r.Row.CreatedBy} at {r.Row.CreatedAt}." +
            (a.CommunityNotifiedAt is { } n ? $" Community told {UkTime.Describe(n)}." : string.Empty));
        console.WriteLine(Text($"Searches under it (s.60, in the locality and period): {r.Section60.Total.Searches:N0}; s.1 PACE searches in the same locality and period: {r.Pace.Total.Searches:N0}. Data for the period: {r.Coverage}."));

        var rates = new Table().Title("Outcomes (95% intervals)").AddColumns("", "s.60", "s.1 PACE", "Difference (s.60 − s.1 PACE)");
        foreach ((string name, Proportion s60, Proportion pace) in new[]
        {
            ("Find rate", r.Section60.Total.Find, r.Pace.Total.Find),
            ("Arrest rate", r.Section60.Total.Arrest, r.Pace.Total.Arrest),
            ("Positive outcome rate", r.Section60.Total.Positive, r.Pace.Total.Positive),
        })
        {
            rates.AddRow(name, StopSearchCommand.Rate(s60), StopSearchCommand.Rate(pace),
                StopSearchCommand.Difference(ProportionDifference.Between(s60, pace)));
        }

        console.Write(rates);
        foreach ((string field, string title) in s_tables)
        {
            var table = new Table().Title(title).AddColumns(title, "s.60 searches", "Share", "s.1 PACE searches", "Share");
            var pace = r.Pace.Breakdowns[field].ToDictionary(b => b.Key, StringComparer.Ordinal);
            var keys = r.Section60.Breakdowns[field].Select(b => b.Key).Concat(pace.Keys).Distinct(StringComparer.Ordinal).ToList();
            var s60 = r.Section60.Breakdowns[field].ToDictionary(b => b.Key, StringComparer.Ordinal);
            foreach (string key in keys)
            {
                BreakdownRow? x = s60.GetValueOrDefault(key), y = pace.GetValueOrDefault(key);
                table.AddRow(Markup.Escape((x ?? y)!.Name), StopSearchCommand.N(x?.Rates.Searches ?? 0), Share(x), StopSearchCommand.N(y?.Rates.Searches ?? 0), Share(y));
            }

            if (keys.Count > 0)
            {
                console.Write(table);
            }
        }

        foreach (string note in r.Notes)
        {
            console.WriteLine($"Note: {note}");
        }
    }

    private static string Share(BreakdownRow? b) => b?.Share is { } s ? Text($"{s * 100:F1}%") : "-";

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
