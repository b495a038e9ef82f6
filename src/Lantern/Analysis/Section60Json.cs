using System.Globalization;
using System.Text.Json;
using Lantern.Core.StopSearch.Section60;
using Lantern.Core.Time;
using Lantern.Data.Store;

namespace Lantern.Analysis;

/// <summary>
/// The JSON shape of a register entry (CLI <c>--json</c>, the API, recorded runs): times in UTC and as UK local time with
/// the offset of the moment, ranks and beliefs by slug with words beside them. No person-level search data: the officers
/// named are the authorisation's own, as written on it.
/// </summary>
internal static class Section60Json
{
    /// <summary>The entry; with <paramref name="withArea"/>, the locality's GeoJSON geometry too.</summary>
    public static object Authorisation(Section60Row row, DateTimeOffset now, bool withArea)
    {
        Section60Authorisation a = row.ToAuthorisation();
        return new
        {
            id = row.Id,
            reference = a.Reference,
            force = a.Force,
            locality = a.Locality,
            areaCode = row.AreaCode,
            area = withArea ? JsonDocument.Parse(row.AreaGeoJson).RootElement.Clone() : (JsonElement?)null,
            authorisingOfficer = a.AuthorisingOfficer,
            rank = OfficerRanks.Slug(a.Rank),
            rankName = OfficerRanks.Name(a.Rank),
            belief = Section60RuleSet.BeliefSlug(a.Belief),
            grounds = a.Grounds,
            rules = a.Rules.Slug,
            rulesName = a.Rules.Name,
            start = Account.Iso(a.Start),
            end = Account.Iso(a.End),
            startLocal = UkTime.LocalIso(a.Start),
            endLocal = UkTime.LocalIso(a.End),
            hours = Hours(a.End - a.Start),
            extension = a.Extension is { } e
                ? new { until = Account.Iso(e.Until), untilLocal = UkTime.LocalIso(e.Until), by = e.By, rank = OfficerRanks.Slug(e.Rank), at = Account.Iso(e.At) }
                : null,
            withdrawal = a.Withdrawal is { } w ? new { at = Account.Iso(w.At), atLocal = UkTime.LocalIso(w.At), by = w.By, reason = w.Reason } : null,
            effectiveEnd = Account.Iso(a.EffectiveEnd),
            effectiveEndLocal = UkTime.LocalIso(a.EffectiveEnd),
            ranHours = Hours(a.EffectiveEnd - a.Start),
            communityNotifiedAt = a.CommunityNotifiedAt is { } n ? Account.Iso(n) : null,
            status = Status(a, now),
            recordedBy = row.CreatedBy,
            recordedAt = row.CreatedAt,
        };
    }

    /// <summary>
    /// Where the authorisation stands at <paramref name="now"/>: <c>planned</c> (not begun), <c>in force</c>, <c>ended</c>,
    /// or <c>withdrawn</c> (ended early, or before it began).
    /// </summary>
    public static string Status(Section60Authorisation a, DateTimeOffset now) =>
        a.Withdrawal is { } w && w.At < a.AuthorisedEnd && w.At <= now ? "withdrawn"
        : now < a.Start ? "planned"
        : now < a.EffectiveEnd ? "in force"
        : "ended";

    /// <summary>Hours as a number with two places (24, 25, 23.5).</summary>
    public static double Hours(TimeSpan span) => Math.Round(span.TotalHours, 2);

    /// <summary>"24 h", "23.5 h".</summary>
    public static string HoursText(TimeSpan span) => Hours(span).ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
