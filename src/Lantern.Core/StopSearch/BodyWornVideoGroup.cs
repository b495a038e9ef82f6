namespace Lantern.Core.StopSearch;

/// <summary>Body-worn video use of one team or area (or all searches): the share recorded and the reasons given when not.</summary>
/// <remarks>Immutable once built by <see cref="BodyWornVideoReport"/>.</remarks>
public sealed class BodyWornVideoGroup
{
    /// <summary>The team's or area's name as recorded; "(all)" for the total.</summary>
    public required string Name { get; init; }

    /// <summary>Searches of the group.</summary>
    public long Searches { get; init; }

    /// <summary>Searches recorded on body-worn video, of those where the record says whether it was, with a Wilson interval.</summary>
    public Proportion Recorded { get; init; }

    /// <summary>Searches whose record does not say whether body-worn video was on: left out of <see cref="Recorded"/>.</summary>
    public long NotSaid { get; init; }

    /// <summary>The reasons given for searches not recorded, most frequent first; a blank reason is "(no reason given)".</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Reasons { get; init; } = [];
}
