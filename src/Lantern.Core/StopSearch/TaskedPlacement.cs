namespace Lantern.Core.StopSearch;

/// <summary>Where a search falls against the tasking published for its UK day (<see cref="TaskedPlacesBuilder"/>).</summary>
public enum TaskedPlacement
{
    /// <summary>In one of the places (grid cells) tasked for the search's UK day.</summary>
    Inside = 0,

    /// <summary>On a day with a published tasking, in none of its places.</summary>
    Outside = 1,

    /// <summary>On a UK day for which no tasking was published: neither inside nor outside.</summary>
    NoPublication = 2,

    /// <summary>On a day with a published tasking, without coordinates: it cannot be placed.</summary>
    NoCoordinates = 3,
}
