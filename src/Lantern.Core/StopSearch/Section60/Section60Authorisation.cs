namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// A Section 60 authorisation (Criminal Justice and Public Order Act 1994 s.60) as written: who authorised it and at what
/// rank, on what belief and grounds, for which locality, from when to when, under which rules; and later its extension
/// or withdrawal. It may describe one that breaks the rules: <see cref="Section60Validator"/> says which, and the register
/// refuses those.
/// </summary>
/// <remarks>Immutable: <see cref="WithExtension"/> and <see cref="WithWithdrawal"/> return new instances. Times are kept in UTC.</remarks>
public sealed record Section60Authorisation
{
    /// <summary>Creates an authorisation.</summary>
    /// <param name="reference">The force's reference for it.</param>
    /// <param name="force">The force's data.police.uk slug.</param>
    /// <param name="authorisingOfficer">The authorising officer's name.</param>
    /// <param name="rank">The authorising officer's rank.</param>
    /// <param name="grounds">The grounds for the belief, as written.</param>
    /// <param name="belief">What the officer believes.</param>
    /// <param name="locality">The locality's name.</param>
    /// <param name="hasArea">Whether the locality's area was given (drawn, uploaded or an imported area).</param>
    /// <param name="start">When it starts.</param>
    /// <param name="end">When it ends, before any extension.</param>
    /// <param name="rules">The rules it is held to.</param>
    /// <exception cref="ArgumentNullException">A text or <paramref name="rules"/> is null.</exception>
    public Section60Authorisation(string reference, string force, string authorisingOfficer, OfficerRank rank, string grounds, Section60Belief belief,
        string locality, bool hasArea, DateTimeOffset start, DateTimeOffset end, Section60RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(force);
        ArgumentNullException.ThrowIfNull(authorisingOfficer);
        ArgumentNullException.ThrowIfNull(grounds);
        ArgumentNullException.ThrowIfNull(locality);
        ArgumentNullException.ThrowIfNull(rules);
        Reference = reference.Trim();
        Force = force;
        AuthorisingOfficer = authorisingOfficer.Trim();
        Rank = rank;
        Grounds = grounds.Trim();
        Belief = belief;
        Locality = locality.Trim();
        HasArea = hasArea;
        Start = start.ToUniversalTime();
        End = end.ToUniversalTime();
        Rules = rules;
    }

    /// <summary>The force's reference (trimmed).</summary>
    public string Reference { get; }

    /// <summary>The force's slug.</summary>
    public string Force { get; }

    /// <summary>The authorising officer (trimmed).</summary>
    public string AuthorisingOfficer { get; }

    /// <summary>The authorising officer's rank.</summary>
    public OfficerRank Rank { get; }

    /// <summary>The grounds, as written (trimmed).</summary>
    public string Grounds { get; }

    /// <summary>What the officer believes.</summary>
    public Section60Belief Belief { get; }

    /// <summary>The locality's name (trimmed).</summary>
    public string Locality { get; }

    /// <summary>Whether the locality's area was given.</summary>
    public bool HasArea { get; }

    /// <summary>When it starts (UTC).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>When it ends before any extension (UTC).</summary>
    public DateTimeOffset End { get; }

    /// <summary>The rules it is held to.</summary>
    public Section60RuleSet Rules { get; }

    /// <summary>When the community was told (UTC), or null; required by the Best Use scheme.</summary>
    public DateTimeOffset? CommunityNotifiedAt { get; init; }

    /// <summary>Its extension, or null.</summary>
    public Section60Extension? Extension { get; private init; }

    /// <summary>Its withdrawal, or null.</summary>
    public Section60Withdrawal? Withdrawal { get; private init; }

    /// <summary>The end with the extension, before any withdrawal.</summary>
    public DateTimeOffset AuthorisedEnd => Extension?.Until ?? End;

    /// <summary>
    /// When it stopped running: the authorised end, or the withdrawal if that came first (never before the start: one
    /// withdrawn before it began never ran, and its period is empty).
    /// </summary>
    public DateTimeOffset EffectiveEnd => Withdrawal is { } w && w.At < AuthorisedEnd ? (w.At < Start ? Start : w.At) : AuthorisedEnd;

    /// <summary>A copy with an extension (not checked: see <see cref="Section60Validator.CheckExtension"/>).</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>The extended authorisation.</returns>
    public Section60Authorisation WithExtension(Section60Extension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return this with { Extension = extension };
    }

    /// <summary>A copy without its extension: the authorisation as it stood before it was extended.</summary>
    /// <returns>The copy.</returns>
    internal Section60Authorisation WithoutExtension() => this with { Extension = null };

    /// <summary>A copy marked withdrawn.</summary>
    /// <param name="withdrawal">The withdrawal.</param>
    /// <returns>The withdrawn authorisation.</returns>
    public Section60Authorisation WithWithdrawal(Section60Withdrawal withdrawal)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        return this with { Withdrawal = withdrawal };
    }
}
