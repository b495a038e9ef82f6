namespace Lantern.Web.Pages.StopSearch;

/// <summary>The record page's form: the fields of <c>lantern s60 add</c>, as typed (times from datetime-local inputs are UK time).</summary>
internal sealed class Section60Form
{
    public string? Force { get; set; }

    public string? Reference { get; set; }

    public string? Officer { get; set; }

    public string? Rank { get; set; } = "inspector";

    public string? Grounds { get; set; }

    public string? Belief { get; set; } = "may";

    public string? Locality { get; set; }

    /// <summary>The area drawn on the map (a GeoJSON Polygon, written by section60.js) or pasted.</summary>
    public string? AreaGeoJson { get; set; }

    public string? AreaCode { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    /// <summary>statutory, best-use, or empty for the force's setting.</summary>
    public string? Rules { get; set; }

    public string? CommunityNotified { get; set; }
}
