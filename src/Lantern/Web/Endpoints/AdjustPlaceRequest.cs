namespace Lantern.Web.Endpoints;

/// <summary>Add or suppress a place: the cell (id, easting,northing or latitude,longitude) and why.</summary>
internal sealed record AdjustPlaceRequest(string? Force, string? Cell, int? CellSize, string? Action, string? Reason);
