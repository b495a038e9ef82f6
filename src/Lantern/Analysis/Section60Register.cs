using Lantern.Core.Forces;
using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;
using Lantern.Data.Formats.GeoJson;
using Lantern.Data.Store;
using NetTopologySuite.Geometries;

namespace Lantern.Analysis;

/// <summary>
/// The Section 60 register's writes, for the CLI, the web page and the API alike (docs/stop-search.md): every field is
/// read, the authorisation or extension is checked against its rule set, and it is written, audited, only when nothing
/// is wrong; otherwise every problem is returned at once and nothing is stored.
/// </summary>
internal static class Section60Register
{
    /// <summary>Records an authorisation, or says everything that stops it.</summary>
    /// <param name="store">The store.</param>
    /// <param name="request">The authorisation as given.</param>
    /// <param name="recordedBy">Who is recording it (for the authorising officer).</param>
    /// <param name="now">The time it is recorded.</param>
    /// <param name="client">The web client's address, or null.</param>
    public static Section60Outcome Add(LanternStore store, Section60AddRequest request, string recordedBy, DateTimeOffset now, string? client)
    {
        var problems = new List<Section60Problem>();
        var choices = new List<string>();
        string? force = Force(request.Force, problems);
        string reference = (request.Reference ?? string.Empty).Trim();
        if (force is not null && reference.Length > 0 && Section60Store.Find(store, force, reference) is { } existing)
        {
            problems.Add(new("reference", $"{force} already has an authorisation {reference}, recorded by {existing.CreatedBy} at {existing.CreatedAt}: " +
                "give this one its own reference, or extend or withdraw that one."));
        }

        bool rankRead = OfficerRanks.TryParse(request.Rank, out OfficerRank rank);
        if (!rankRead)
        {
            problems.Add(new("rank", $"'{request.Rank}' is not a rank: use one of {string.Join(", ", OfficerRanks.Slugs)}."));
        }

        bool beliefRead = Section60RuleSet.TryParseBelief(request.Belief, out Section60Belief belief);
        if (!beliefRead)
        {
            problems.Add(new("belief", $"'{request.Belief}' is not a belief: use may, will, weapon-used or weapons-carried."));
        }

        DateTimeOffset? start = Time(request.Start, "start", problems), end = Time(request.End, "end", problems);
        DateTimeOffset? notified = request.CommunityNotified is { Length: > 0 } n ? Time(n, "communityNotified", problems) : null;
        Section60RuleSet rules = Rules(store, force, request.Rules, problems, choices);
        (Geometry? area, string? areaCode) = Area(store, request, problems);

        // Fields that could not be read get stand-ins that break no rule, so the rules are still checked on the rest:
        // every problem is reported at once.
        var a = new Section60Authorisation(reference, force ?? "unknown", request.Officer ?? string.Empty, rankRead ? rank : OfficerRank.Commissioner,
            request.Grounds ?? string.Empty, beliefRead ? belief : Section60Belief.Will, request.Locality ?? string.Empty,
            hasArea: area is not null || problems.Any(p => p.Field == "area"), start ?? now, end ?? (start ?? now).AddHours(1), rules)
        {
            CommunityNotifiedAt = notified ?? (problems.Any(p => p.Field == "communityNotified") ? now : null),
        };
        var unread = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Section60Validator.Check(a).Where(b => !unread.Contains(b.Field) && !(b.Field == "end" && unread.Contains("start")))
            .Select(b => new Section60Problem(b.Field, b.Message, b.Rule)));
        if (problems.Count > 0)
        {
            return Section60Outcome.Refused(problems);
        }

        // Checked above: every field read and every rule kept.
        Section60Store.Record(store, a, area!, GeoJsonPolygon.ToGeoJson(area!), areaCode, recordedBy, now, client);
        return new Section60Outcome(Section60Store.Find(store, a.Force, a.Reference), [], choices);
    }

    /// <summary>Records the one extension an authorisation may have, or says everything that stops it.</summary>
    public static Section60Outcome Extend(LanternStore store, Section60ChangeRequest request, string recordedBy, DateTimeOffset now, string? client)
    {
        var problems = new List<Section60Problem>();
        var choices = new List<string>();
        Section60Row? row = Find(store, request.Force, request.Reference, problems);
        bool rankRead = OfficerRanks.TryParse(request.Rank, out OfficerRank rank);
        if (!rankRead)
        {
            problems.Add(new("rank", $"'{request.Rank}' is not a rank: use one of {string.Join(", ", OfficerRanks.Slugs)}."));
        }

        DateTimeOffset? until = Time(request.Until, "until", problems);
        DateTimeOffset? at = At(request.At, now, problems, choices, "the extension was given");
        if (row is null || until is null)
        {
            return Section60Outcome.Refused(problems);
        }

        var extension = new Section60Extension(until!.Value, request.By ?? string.Empty, rankRead ? rank : OfficerRank.Commissioner, at ?? now);
        var unread = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Section60Validator.CheckExtension(row.ToAuthorisation(), extension).Where(b => !unread.Contains(b.Field))
            .Select(b => new Section60Problem(b.Field, b.Message, b.Rule)));
        if (problems.Count > 0)
        {
            return Section60Outcome.Refused(problems);
        }

        if (!Section60Store.Extend(store, row, extension, recordedBy, now, client))
        {
            return Section60Outcome.Refused([new("until", $"{row.Reference} was extended by someone else meanwhile: only one extension is allowed.", Section60Rule.SecondExtension)]);
        }

        return new Section60Outcome(Section60Store.Find(store, row.Force, row.Reference), [], choices);
    }

    /// <summary>Marks an authorisation withdrawn (ended early), or says why not.</summary>
    public static Section60Outcome Withdraw(LanternStore store, Section60ChangeRequest request, string recordedBy, DateTimeOffset now, string? client)
    {
        var problems = new List<Section60Problem>();
        var choices = new List<string>();
        Section60Row? row = Find(store, request.Force, request.Reference, problems);
        if (string.IsNullOrWhiteSpace(request.By))
        {
            problems.Add(new("by", "Say who withdrew it (the authorising officer or another of at least that rank)."));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            problems.Add(new("reason", "Say why it was withdrawn: it is recorded with it and in the audit log."));
        }

        DateTimeOffset? at = At(request.At, now, problems, choices, "it was withdrawn");
        if (row?.WithdrawnAt is { } already)
        {
            problems.Add(new("reference", $"{row.Reference} was already withdrawn at {UkTime.Describe(Section60Row.Time(already))} by {row.WithdrawnBy}."));
        }

        if (row?.ExtendedAt is { } extendedAt && at is { } when && when < Section60Row.Time(extendedAt))
        {
            problems.Add(new("at", $"It was extended at {UkTime.Describe(Section60Row.Time(extendedAt))}, after {UkTime.Describe(when)}: " +
                "a withdrawal comes after the extension it ends."));
        }

        if (row is null || problems.Count > 0)
        {
            return Section60Outcome.Refused(problems);
        }

        var withdrawal = new Section60Withdrawal(at ?? now, request.By!, request.Reason!); // both checked above
        if (!Section60Store.Withdraw(store, row, withdrawal, recordedBy, now, client))
        {
            return Section60Outcome.Refused([new("reference", $"{row.Reference} was withdrawn by someone else meanwhile.")]);
        }

        return new Section60Outcome(Section60Store.Find(store, row.Force, row.Reference), [], choices);
    }

    /// <summary>The rule set a force holds its authorisations to: its setting, or the statutory rules when it has none.</summary>
    public static (Section60RuleSet Rules, string How) ForceRules(LanternStore store, string force) =>
        Section60Store.RuleSetting(store, force) is { } s && Section60RuleSet.TryParse(s.RuleSet, out Section60RuleSet? set)
            ? (set, $"{force}'s setting, chosen by {s.SetBy} at {s.SetAt}")
            : (Section60RuleSet.Statutory2022, $"the default: {force} has not chosen a rule set");

    /// <summary>An authorisation by reference (and force, when the reference is used by more than one), or the problem.</summary>
    public static Section60Row? Find(LanternStore store, string? forceText, string? reference, List<Section60Problem> problems)
    {
        string r = (reference ?? string.Empty).Trim();
        if (r.Length == 0)
        {
            problems.Add(new("reference", "Give the authorisation's reference."));
            return null;
        }

        string? force = forceText is { Length: > 0 } ? Force(forceText, problems) : null;
        if (forceText is { Length: > 0 } && force is null)
        {
            return null;
        }

        if (force is not null)
        {
            Section60Row? row = Section60Store.Find(store, force, r);
            if (row is null)
            {
                problems.Add(new("reference", $"{force} has no Section 60 authorisation {r} (see 'lantern s60 list')."));
            }

            return row;
        }

        IReadOnlyList<Section60Row> rows = Section60Store.FindAll(store, r);
        switch (rows.Count)
        {
            case 1:
                return rows[0];
            case 0:
                problems.Add(new("reference", $"There is no Section 60 authorisation {r} (see 'lantern s60 list')."));
                return null;
            default:
                problems.Add(new("force", $"{rows.Count} forces have an authorisation {r} ({string.Join(", ", rows.Select(x => x.Force))}): say which with --force."));
                return null;
        }
    }

    private static string? Force(string? text, List<Section60Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new("force", "Give the force (a data.police.uk slug such as 'metropolitan', or its name)."));
            return null;
        }

        string? slug = PoliceForces.ToSlug(text);
        if (slug is null)
        {
            problems.Add(new("force", $"'{text}' is not a force: use a data.police.uk slug such as 'metropolitan' or 'gwent', or the full name."));
        }

        return slug;
    }

    private static DateTimeOffset? Time(string? text, string field, List<Section60Problem> problems)
    {
        if (UkTime.TryParseInstant(text, out DateTimeOffset at, out string? problem))
        {
            return at;
        }

        problems.Add(new(field, string.IsNullOrWhiteSpace(text) ? $"Give the {Words(field)} (yyyy-MM-ddTHH:mm, UK time)." : problem));
        return null;
    }

    // When an extension was given or a withdrawal took effect: as given (not in the future), or now.
    private static DateTimeOffset? At(string? text, DateTimeOffset now, List<Section60Problem> problems, List<string> choices, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            choices.Add($"at: {UkTime.Describe(now)} (now: {what} when it was recorded)");
            return now;
        }

        DateTimeOffset? at = Time(text, "at", problems);
        if (at > now)
        {
            problems.Add(new("at", $"{UkTime.Describe(at.Value)} is in the future: record it when it has happened."));
            return null;
        }

        return at;
    }

    private static Section60RuleSet Rules(LanternStore store, string? force, string? text, List<Section60Problem> problems, List<string> choices)
    {
        (Section60RuleSet forceRules, string how) = force is null ? (Section60RuleSet.Statutory2022, "no force") : ForceRules(store, force);
        if (string.IsNullOrWhiteSpace(text))
        {
            choices.Add($"rules: {forceRules.Slug} ({how})");
            return forceRules;
        }

        if (!Section60RuleSet.TryParse(text, out Section60RuleSet? rules))
        {
            problems.Add(new("rules", $"'{text}' is not a rule set: use statutory (the law since May 2022) or best-use (the 2014 scheme)."));
            return forceRules;
        }

        if (rules == Section60RuleSet.Statutory2022 && forceRules == Section60RuleSet.BestUse2014)
        {
            problems.Add(new("rules", $"{force} holds its authorisations to {forceRules.Name} ({how}): one cannot be recorded under the " +
                "less strict statutory rules. Record it under best-use, or change the force's setting with 'lantern s60 rules'."));
        }

        return rules;
    }

    private static (Geometry? Area, string? Code) Area(LanternStore store, Section60AddRequest request, List<Section60Problem> problems)
    {
        bool file = request.AreaGeoJson is { Length: > 0 }, code = !string.IsNullOrWhiteSpace(request.AreaCode);
        if (file && code)
        {
            problems.Add(new("area", "Give the locality's area once: a drawn or uploaded GeoJSON, or an imported area's code, not both."));
            return (null, null);
        }

        if (code)
        {
            string c = request.AreaCode!.Trim(); // checked above
            if (AreaStore.Find(store, c) is { } stored)
            {
                return (stored.Geometry, stored.Code);
            }

            problems.Add(new("area", $"No imported area has the code {c}: import boundaries with 'lantern areas import' (see 'lantern areas list'), or give the area as GeoJSON."));
            return (null, null);
        }

        if (!file)
        {
            return (null, null); // the rules say what is missing
        }

        GeoJsonPolygonResult read = GeoJsonPolygon.Read(request.AreaGeoJson!.Value, request.AreaName);
        if (read.Area is null)
        {
            problems.Add(new("area", read.Error ?? $"{request.AreaName}: not an area"));
        }

        return (read.Area, null);
    }

    private static string Words(string field) => field switch
    {
        "communityNotified" => "time the community was told",
        "until" => "new end",
        _ => field + " time",
    };
}
