using System.Text.Json;

namespace Lantern.Web.Endpoints;

/// <summary>
/// A Section 60 authorisation to record through the API: the fields of <c>lantern s60 add</c>. <c>area</c> is the
/// locality as GeoJSON (an object, or its text), or leave it out and give <c>areaCode</c>. Times are yyyy-MM-ddTHH:mm in
/// UK time, or with Z or an offset.
/// </summary>
internal sealed record Section60AddBody(string? Force, string? Reference, string? Officer, string? Rank, string? Grounds, string? Belief, string? Locality,
    JsonElement? Area, string? AreaCode, string? Start, string? End, string? Rules, string? CommunityNotified);
