using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// Checks a Section 60 authorisation, and an extension of one, against its rule set (DOMAIN.md §5) and returns every rule
/// broken, each with a plain message; an empty list means it may be recorded. Periods are elapsed time between instants,
/// so an authorisation from 18:00 to 18:00 the next day runs 25 hours across the October clock change and is too long
/// for a 24-hour limit, and 23 hours across the March change.
/// </summary>
/// <remarks>Pure and thread safe.</remarks>
public static class Section60Validator
{
    /// <summary>Every rule the authorisation breaks; its extension, when it has one, is checked too.</summary>
    /// <param name="authorisation">The authorisation.</param>
    /// <returns>The breaches, in the order of the form's fields; empty when it keeps every rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="authorisation"/> is null.</exception>
    public static IReadOnlyList<Section60Breach> Check(Section60Authorisation authorisation)
    {
        ArgumentNullException.ThrowIfNull(authorisation);
        Section60Authorisation a = authorisation;
        Section60RuleSet rules = a.Rules;
        var breaches = new List<Section60Breach>();
        if (a.Reference.Length == 0)
        {
            breaches.Add(new(Section60Rule.NoReference, "reference", "No reference: give the force's reference for the authorisation."));
        }

        if (a.AuthorisingOfficer.Length == 0)
        {
            breaches.Add(new(Section60Rule.NoAuthorisingOfficer, "officer", "The authorising officer is not named."));
        }

        if (!OfficerRanks.IsAtLeast(a.Rank, rules.MinimumAuthorisingRank))
        {
            breaches.Add(new(Section60Rule.RankTooLow, "rank",
                $"Authorised by {OfficerRanks.NameWithEquivalents(a.Rank)}: under {rules.Name} a Section 60 authorisation needs " +
                $"{OfficerRanks.NameWithEquivalents(rules.MinimumAuthorisingRank)} or above."));
        }

        if (a.Grounds.Length == 0)
        {
            breaches.Add(new(Section60Rule.NoGrounds, "grounds", "No grounds: the authorisation must be in writing with the grounds for the officer's belief."));
        }

        if (rules.RequiresWillBelief && a.Belief == Section60Belief.May)
        {
            breaches.Add(new(Section60Rule.BeliefNotAccepted, "belief",
                $"The belief is that serious violence may occur: under {rules.Name} the officer must believe that it will occur."));
        }

        if (a.Locality.Length == 0 || !a.HasArea)
        {
            string missing = a.Locality.Length == 0 && !a.HasArea ? "no name and no area" : a.Locality.Length == 0 ? "no name" : "no area";
            breaches.Add(new(Section60Rule.NoLocality, a.HasArea ? "locality" : "area",
                $"No locality ({missing}): name the place and give its area (drawn on the map, a GeoJSON file, or an imported area's code)."));
        }

        TimeSpan length = a.End - a.Start;
        if (length <= TimeSpan.Zero)
        {
            breaches.Add(new(Section60Rule.EndNotAfterStart, "end",
                $"It ends ({UkTime.Describe(a.End)}) {(length == TimeSpan.Zero ? "when" : "before")} it starts ({UkTime.Describe(a.Start)})."));
        }
        else if (length > rules.MaxInitial)
        {
            breaches.Add(new(Section60Rule.PeriodTooLong, "end",
                $"It runs {Hours(length)} ({UkTime.Describe(a.Start)} to {UkTime.Describe(a.End)}): {rules.Name} allow at most " +
                $"{Hours(rules.MaxInitial)} before an extension."));
        }

        if (rules.RequiresCommunityNotification && a.CommunityNotifiedAt is null)
        {
            breaches.Add(new(Section60Rule.CommunityNotNotified, "communityNotified",
                $"{Capital(rules.Name)} require the community to be told of the authorisation: give when it was notified."));
        }

        if (a.Extension is { } extension)
        {
            breaches.AddRange(CheckExtension(a.WithoutExtension(), extension));
        }

        return breaches;
    }

    /// <summary>Every rule an extension of <paramref name="authorisation"/> would break.</summary>
    /// <param name="authorisation">The authorisation as it stands, with any extension it already has.</param>
    /// <param name="extension">The extension asked for.</param>
    /// <returns>The breaches; empty when the extension may be recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Section60Breach> CheckExtension(Section60Authorisation authorisation, Section60Extension extension)
    {
        ArgumentNullException.ThrowIfNull(authorisation);
        ArgumentNullException.ThrowIfNull(extension);
        Section60Authorisation a = authorisation;
        Section60RuleSet rules = a.Rules;
        var breaches = new List<Section60Breach>();
        if (a.Extension is { } before)
        {
            breaches.Add(new(Section60Rule.SecondExtension, "until",
                $"It was already extended, to {UkTime.Describe(before.Until)} by {before.By} ({OfficerRanks.Name(before.Rank)}): " +
                $"{rules.Name} allow one extension; a further period needs a new authorisation."));
        }

        if (extension.By.Length == 0)
        {
            breaches.Add(new(Section60Rule.NoExtendingOfficer, "by", "The extending officer is not named."));
        }

        if (!OfficerRanks.IsAtLeast(extension.Rank, rules.MinimumExtendingRank))
        {
            breaches.Add(new(Section60Rule.ExtendingRankTooLow, "rank",
                $"Extended by {OfficerRanks.NameWithEquivalents(extension.Rank)}: under {rules.Name} an extension needs " +
                $"{OfficerRanks.NameWithEquivalents(rules.MinimumExtendingRank)} or above."));
        }

        DateTimeOffset end = a.AuthorisedEnd;
        TimeSpan added = extension.Until - end;
        if (added <= TimeSpan.Zero)
        {
            breaches.Add(new(Section60Rule.ExtensionNotLater, "until",
                $"The extension ends ({UkTime.Describe(extension.Until)}) no later than the authorisation does ({UkTime.Describe(end)})."));
        }
        else
        {
            if (added > rules.MaxExtension)
            {
                breaches.Add(new(Section60Rule.ExtensionTooLong, "until",
                    $"The extension adds {Hours(added)} ({UkTime.Describe(end)} to {UkTime.Describe(extension.Until)}): {rules.Name} allow at most " +
                    $"{Hours(rules.MaxExtension)}."));
            }

            TimeSpan total = extension.Until - a.Start;
            if (total > rules.MaxTotal)
            {
                breaches.Add(new(Section60Rule.TotalTooLong, "until",
                    $"With the extension it runs {Hours(total)} ({UkTime.Describe(a.Start)} to {UkTime.Describe(extension.Until)}): {rules.Name} " +
                    $"allow at most {Hours(rules.MaxTotal)} in all."));
            }
        }

        DateTimeOffset ran = a.EffectiveEnd;
        if (extension.At > ran)
        {
            string how = a.Withdrawal is { } w && w.At < end ? $"was withdrawn at {UkTime.Describe(ran)}" : $"had run out at {UkTime.Describe(ran)}";
            breaches.Add(new(Section60Rule.ExtensionAfterEnd, "at",
                $"The extension was given at {UkTime.Describe(extension.At)}, after the authorisation {how}: it can no longer be extended; " +
                "a new authorisation is needed."));
        }

        return breaches;
    }

    // "24 h", "25 h", "23 h 30 min": whole hours are the rules' unit, minutes shown when there are any.
    private static string Hours(TimeSpan span)
    {
        long minutes = (long)Math.Ceiling(span.TotalMinutes);
        long h = minutes / 60, m = minutes % 60;
        return m == 0 ? string.Create(CultureInfo.InvariantCulture, $"{h} h") : string.Create(CultureInfo.InvariantCulture, $"{h} h {m} min");
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
