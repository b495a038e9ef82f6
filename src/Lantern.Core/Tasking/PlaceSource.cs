namespace Lantern.Core.Tasking;

/// <summary>Why a place is on the tasking list.</summary>
public enum PlaceSource
{
    /// <summary>Among the top places by harm.</summary>
    Ranked = 0,

    /// <summary>Added by an analyst, with a recorded reason.</summary>
    AddedByAnalyst = 1,
}
