using System.Globalization;
using Lantern.Core.StopSearch.Section60;

namespace Lantern.Data.Store;

/// <summary>A Section 60 authorisation as stored (times UTC ISO-8601 text, ranks, beliefs and the rule set by slug).</summary>
internal sealed record Section60Row(long Id, string Force, string Reference, string AuthorisingOfficer, string Rank, string Grounds, string Belief,
    string Locality, string? AreaCode, string AreaGeoJson, double MinE, double MinN, double MaxE, double MaxN, string StartsAt, string EndsAt,
    string RuleSet, string? CommunityNotifiedAt, string? ExtendedTo, string? ExtendedBy, string? ExtendedByRank, string? ExtendedAt,
    string CreatedBy, string CreatedAt, string? WithdrawnAt, string? WithdrawnBy, string? WithdrawnReason)
{
    internal const string Columns =
        "id, force, reference, authorising_officer AS AuthorisingOfficer, rank, grounds, belief, locality, area_code AS AreaCode, " +
        "area_geojson AS AreaGeoJson, min_e AS MinE, min_n AS MinN, max_e AS MaxE, max_n AS MaxN, starts_at AS StartsAt, ends_at AS EndsAt, " +
        "rule_set AS RuleSet, community_notified_at AS CommunityNotifiedAt, extended_to AS ExtendedTo, extended_by AS ExtendedBy, " +
        "extended_by_rank AS ExtendedByRank, extended_at AS ExtendedAt, created_by AS CreatedBy, created_at AS CreatedAt, " +
        "withdrawn_at AS WithdrawnAt, withdrawn_by AS WithdrawnBy, withdrawn_reason AS WithdrawnReason";

    /// <summary>The authorisation in Core's terms, with its extension and withdrawal.</summary>
    /// <exception cref="InvalidDataException">A rank, belief or rule set the store should never hold.</exception>
    public Section60Authorisation ToAuthorisation()
    {
        Section60RuleSet rules = Section60RuleSet.TryParse(RuleSet, out Section60RuleSet? r) ? r : throw Bad("rule set", RuleSet);
        var a = new Section60Authorisation(Reference, Force, AuthorisingOfficer, ParseRank(Rank), Grounds,
            Section60RuleSet.TryParseBelief(Belief, out Section60Belief belief) ? belief : throw Bad("belief", Belief), Locality, hasArea: true,
            Time(StartsAt), Time(EndsAt), rules)
        {
            CommunityNotifiedAt = CommunityNotifiedAt is null ? null : Time(CommunityNotifiedAt),
        };
        if (ExtendedTo is not null)
        {
            a = a.WithExtension(new Section60Extension(Time(ExtendedTo), ExtendedBy ?? string.Empty, ParseRank(ExtendedByRank ?? string.Empty),
                Time(ExtendedAt ?? ExtendedTo)));
        }

        if (WithdrawnAt is not null)
        {
            a = a.WithWithdrawal(new Section60Withdrawal(Time(WithdrawnAt), WithdrawnBy ?? string.Empty, WithdrawnReason ?? string.Empty));
        }

        return a;
    }

    /// <summary>A stored time (UTC ISO-8601).</summary>
    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private OfficerRank ParseRank(string text) => OfficerRanks.TryParse(text, out OfficerRank rank) ? rank : throw Bad("rank", text);

    private InvalidDataException Bad(string what, string value) =>
        new($"Section 60 authorisation {Force} {Reference} (id {Id}) holds the {what} '{value}', which this version of Lantern does not know.");
}
