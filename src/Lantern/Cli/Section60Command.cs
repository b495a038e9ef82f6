using System.CommandLine;
using System.Text.Json;
using Lantern.Analysis;
using Lantern.Core.StopSearch.Section60;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary>
/// <c>lantern s60 add|extend|withdraw|list|show|rules</c>: the Section 60 register (docs/stop-search.md). Authorisations
/// are checked against their rule set and refused, with every reason, when they break it; what is recorded is audited.
/// </summary>
internal static partial class Section60Command
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var command = new Command("s60", "The Section 60 register: record authorisations with the legal rules checked, extend or withdraw them, and see the searches under each");
        command.Subcommands.Add(Add(context, global));
        command.Subcommands.Add(Extend(context, global));
        command.Subcommands.Add(Withdraw(context, global));
        command.Subcommands.Add(List(context, global));
        command.Subcommands.Add(Show(context, global));
        command.Subcommands.Add(Rules(context, global));
        return command;
    }

    private static Option<string?> RecordedBy() => new("--recorded-by") { Description = "Who is recording this, kept with it and in the audit log (default: the login name)" };

    private static Option<bool> Json(string what) => new("--json") { Description = what };

    private static Command Add(CliContext context, GlobalOptions global)
    {
        var force = new Option<string?>("--force") { Description = "Force: slug ('metropolitan') or full name" };
        var reference = new Option<string?>("--reference") { Description = "The force's reference for the authorisation (unique within the force)" };
        var officer = new Option<string?>("--officer") { Description = "The authorising officer's name" };
        var rank = new Option<string?>("--rank") { Description = $"The authorising officer's rank: {string.Join(", ", OfficerRanks.Slugs)} (or PC, Supt, ACC, DAC...)" };
        var grounds = new Option<string?>("--grounds") { Description = "The grounds for the belief, as written on the authorisation" };
        var belief = new Option<string?>("--belief")
        {
            Description = "What the officer believes: may (serious violence may occur), will (it will: the Best Use test), weapon-used (a weapon used in an " +
                "incident is in the locality), weapons-carried (people are carrying weapons)",
        };
        var locality = new Option<string?>("--locality") { Description = "The locality's name" };
        var area = new Option<string?>("--area") { Description = "The locality's area: a GeoJSON file (Polygon, MultiPolygon, Feature or FeatureCollection; WGS84)" };
        var areaCode = new Option<string?>("--area-code") { Description = "Or an imported area's code (e.g. E09000020) whose boundary is the locality" };
        var start = new Option<string?>("--start") { Description = "Start: yyyy-MM-ddTHH:mm in UK time, or with Z or an offset" };
        var end = new Option<string?>("--end") { Description = "End before any extension, as --start" };
        var rules = new Option<string?>("--rules")
        {
            Description = "The rules it is held to: statutory (since May 2022) or best-use (the 2014 scheme). Default: the force's setting ('lantern s60 rules'), else statutory",
        };
        var notified = new Option<string?>("--community-notified") { Description = "When the community was told, as --start (the Best Use scheme requires it)" };
        var by = RecordedBy();
        var json = Json("Print the recorded authorisation, or the reasons it was refused, as JSON");
        var command = new Command("add", "Record a Section 60 authorisation; it is refused, with every reason, if it breaks its rule set")
        {
            force, reference, officer, rank, grounds, belief, locality, area, areaCode, start, end, rules, notified, by, json,
        };
        command.SetAction(parse =>
        {
            string? file = parse.GetValue(area);
            if (file is not null && !File.Exists(file))
            {
                throw new CliException($"--area {file}: no such file");
            }

            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            Section60Outcome outcome = Section60Register.Add(store, new Section60AddRequest
            {
                Force = parse.GetValue(force),
                Reference = parse.GetValue(reference),
                Officer = parse.GetValue(officer),
                Rank = parse.GetValue(rank),
                Grounds = parse.GetValue(grounds),
                Belief = parse.GetValue(belief),
                Locality = parse.GetValue(locality),
                AreaGeoJson = file is null ? null : File.ReadAllBytes(file),
                AreaName = file ?? "the area",
                AreaCode = parse.GetValue(areaCode),
                Start = parse.GetValue(start),
                End = parse.GetValue(end),
                Rules = parse.GetValue(rules),
                CommunityNotified = parse.GetValue(notified),
            }, parse.GetValue(by) ?? Environment.UserName, context.Time.GetUtcNow(), null);
            return Report(context, outcome, parse.GetValue(json), "Recorded");
        });
        return command;
    }

    private static Command Extend(CliContext context, GlobalOptions global)
    {
        var rank = new Option<string?>("--rank") { Description = "The extending officer's rank (statutory: superintendent or above; Best Use: assistant chief constable or commander or above)" };
        var until = new Option<string?>("--until") { Description = "The new end: yyyy-MM-ddTHH:mm in UK time, or with Z or an offset" };
        return Change(context, global, "extend", "Record the one extension an authorisation may have; refused, with every reason, if it breaks the rules",
            "The extending officer's name", "When the extension was given, as --until (default: now); it must be before the authorisation ran out", [rank, until],
            (parse, request) => request with { Rank = parse.GetValue(rank), Until = parse.GetValue(until) }, Section60Register.Extend, "Extended");
    }

    private static Command Withdraw(CliContext context, GlobalOptions global)
    {
        var reason = new Option<string?>("--reason") { Description = "Why it was withdrawn" };
        return Change(context, global, "withdraw",
            "Record that an authorisation was withdrawn (ended early): searches after then are not under it; it stays on the register",
            "The officer who withdrew it", "When it stopped: yyyy-MM-ddTHH:mm in UK time, or with Z or an offset (default: now)", [reason],
            (parse, request) => request with { Reason = parse.GetValue(reason) }, Section60Register.Withdraw, "Withdrew");
    }

    // Extend and withdraw: an authorisation by reference, who did it and when, and what else the change needs.
    private static Command Change(CliContext context, GlobalOptions global, string name, string description, string byDescription, string atDescription,
        Option<string?>[] fields, Func<ParseResult, Section60ChangeRequest, Section60ChangeRequest> fill,
        Func<LanternStore, Section60ChangeRequest, string, DateTimeOffset, string?, Section60Outcome> apply, string verb)
    {
        var reference = new Argument<string>("reference") { Description = "The authorisation's reference" };
        var force = new Option<string?>("--force") { Description = "Force, when more than one has an authorisation of that reference" };
        var officer = new Option<string?>("--by") { Description = byDescription };
        var at = new Option<string?>("--at") { Description = atDescription };
        var by = RecordedBy();
        var json = Json("Print the authorisation as it now stands, or the reasons it was refused, as JSON");
        var command = new Command(name, description) { reference, force, officer };
        foreach (Option<string?> field in fields)
        {
            command.Options.Add(field);
        }

        command.Options.Add(at);
        command.Options.Add(by);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            Section60ChangeRequest request = fill(parse, new Section60ChangeRequest
            {
                Force = parse.GetValue(force),
                Reference = parse.GetValue(reference),
                By = parse.GetValue(officer),
                At = parse.GetValue(at),
            });
            Section60Outcome outcome = apply(store, request, parse.GetValue(by) ?? Environment.UserName, context.Time.GetUtcNow(), null);
            return Report(context, outcome, parse.GetValue(json), verb);
        });
        return command;
    }

    private static Command List(CliContext context, GlobalOptions global)
    {
        var force = new Option<string?>("--force") { Description = "Only this force" };
        var limit = new Option<int>("--limit") { Description = "At most this many, latest start first", DefaultValueFactory = _ => 100 };
        var json = Json("Print the register as JSON");
        var command = new Command("list", "The register: every authorisation, latest start first, with its period, extension, rules and status") { force, limit, json };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            IReadOnlyList<Section60Row> rows = Section60Store.List(store, ForceOption.Resolve(parse.GetValue(force)), Math.Max(1, parse.GetValue(limit)));
            DateTimeOffset now = context.Time.GetUtcNow();
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(JsonSerializer.Serialize(rows.Select(r => Section60Json.Authorisation(r, now, withArea: false)), JsonOutput.Options));
                return ExitCodes.Ok;
            }

            PrintList(context, rows, now);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context, GlobalOptions global)
    {
        var reference = new Argument<string>("reference") { Description = "The authorisation's reference" };
        var force = new Option<string?>("--force") { Description = "Force, when more than one has an authorisation of that reference" };
        var by = RecordedBy();
        var json = Json("Print the authorisation, its searches and the comparison as JSON, with the run's parameters and inputs");
        var command = new Command("show", "One authorisation and the searches under it (s.60 searches in its locality and period), their outcomes " +
            "with 95% intervals, against s.1 PACE searches of the same place and period; recorded as a run")
        {
            reference, force, by, json,
        };
        command.SetAction(parse =>
        {
            using LanternStore store = StoreOption.OpenExisting(global.DbPath(parse, context));
            DateTimeOffset now = context.Time.GetUtcNow();
            Section60ReportResult r = Section60Report.Compute(store, parse.GetValue(force), parse.GetValue(reference), parse.GetValue(by) ?? Environment.UserName, now);
            if (parse.GetValue(json))
            {
                context.Out.WriteLine(Section60Report.Document(r, now, suppressSmall: false));
                return ExitCodes.Ok;
            }

            PrintShow(context, r, now);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Rules(CliContext context, GlobalOptions global)
    {
        var force = new Option<string?>("--force") { Description = "Force: slug or full name" };
        var set = new Option<string?>("--set") { Description = "Choose the force's rule set: statutory (since May 2022) or best-use (the stricter 2014 scheme)" };
        set.AcceptOnlyFromAmong("statutory", "best-use");
        var by = RecordedBy();
        var command = new Command("rules", "Show or set the rule set a force holds its authorisations to (a force on best-use cannot record one under the statutory rules)")
        {
            force, set, by,
        };
        command.SetAction(parse =>
        {
            string slug = ForceOption.Resolve(parse.GetValue(force)) ?? throw new CliException("--force: say which force", ExitCodes.Usage);
            using LanternStore store = LanternStore.Open(global.DbPath(parse, context));
            if (parse.GetValue(set) is { } text && Section60RuleSet.TryParse(text, out Section60RuleSet? chosen))
            {
                Section60Store.SetRuleSetting(store, slug, chosen, parse.GetValue(by) ?? Environment.UserName, context.Time.GetUtcNow(), null);
            }

            (Section60RuleSet rules, string how) = Section60Register.ForceRules(store, slug);
            context.Out.WriteLine($"{slug}: {rules.Slug}, {rules.Name} ({how}).");
            context.Out.WriteLine($"  authorised by {OfficerRanks.NameWithEquivalents(rules.MinimumAuthorisingRank)} or above, for up to {Section60Json.HoursText(rules.MaxInitial)}; " +
                $"one extension by {OfficerRanks.NameWithEquivalents(rules.MinimumExtendingRank)} or above, of up to {Section60Json.HoursText(rules.MaxExtension)}, " +
                $"{Section60Json.HoursText(rules.MaxTotal)} in all" + (rules.RequiresWillBelief ? "; serious violence must be believed to be coming, not possible" : string.Empty) +
                (rules.RequiresCommunityNotification ? "; the community told" : string.Empty) + $". Source: {rules.Source}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int Report(CliContext context, Section60Outcome outcome, bool json, string verb)
    {
        DateTimeOffset now = context.Time.GetUtcNow();
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new
            {
                recorded = outcome.Recorded is not null,
                authorisation = outcome.Recorded is { } row ? Section60Json.Authorisation(row, now, withArea: false) : null,
                problems = outcome.Problems.Select(p => new { field = p.Field, rule = p.Rule, message = p.Message }),
                automaticChoices = outcome.Choices,
            }, JsonOutput.Options));
            return outcome.Recorded is null ? ExitCodes.BadInput : ExitCodes.Ok;
        }

        if (outcome.Recorded is not { } recorded)
        {
            context.Err.WriteLine($"lantern: not recorded ({outcome.Problems.Count} problem{(outcome.Problems.Count == 1 ? string.Empty : "s")}):");
            foreach (Section60Problem p in outcome.Problems)
            {
                context.Err.WriteLine($"  {p.Field}: {p.Message}");
            }

            return ExitCodes.BadInput;
        }

        context.Out.WriteLine($"{verb} {Describe(recorded)}");
        foreach (string c in outcome.Choices)
        {
            context.Out.WriteLine($"Automatic choice: {c}");
        }

        return ExitCodes.Ok;
    }
}
