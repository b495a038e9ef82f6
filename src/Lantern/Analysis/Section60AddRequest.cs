namespace Lantern.Analysis;

/// <summary>
/// A Section 60 authorisation to record, as typed on the command line or sent by the web form or API: every field as
/// text, read and checked by <see cref="Section60Register.Add"/>.
/// </summary>
internal sealed record Section60AddRequest
{
    /// <summary>Force slug or name.</summary>
    public string? Force { get; init; }

    /// <summary>The force's reference for the authorisation.</summary>
    public string? Reference { get; init; }

    /// <summary>The authorising officer's name.</summary>
    public string? Officer { get; init; }

    /// <summary>The authorising officer's rank (slug, name or abbreviation).</summary>
    public string? Rank { get; init; }

    /// <summary>The grounds, as written on the authorisation.</summary>
    public string? Grounds { get; init; }

    /// <summary>may, will, weapon-used or weapons-carried.</summary>
    public string? Belief { get; init; }

    /// <summary>The locality's name.</summary>
    public string? Locality { get; init; }

    /// <summary>The locality's area as GeoJSON (UTF-8), drawn or uploaded; or null with <see cref="AreaCode"/>.</summary>
    public ReadOnlyMemory<byte>? AreaGeoJson { get; init; }

    /// <summary>What to call the GeoJSON in messages (the file's name).</summary>
    public string AreaName { get; init; } = "the area";

    /// <summary>An imported area's code whose boundary is the locality; or null with <see cref="AreaGeoJson"/>.</summary>
    public string? AreaCode { get; init; }

    /// <summary>Start: ISO-8601, UK time unless it has an offset.</summary>
    public string? Start { get; init; }

    /// <summary>End before any extension, as <see cref="Start"/>.</summary>
    public string? End { get; init; }

    /// <summary>statutory or best-use; null: the force's setting (statutory unless it chose otherwise).</summary>
    public string? Rules { get; init; }

    /// <summary>When the community was told, as <see cref="Start"/> (the Best Use scheme requires it).</summary>
    public string? CommunityNotified { get; init; }
}
