namespace Lantern.Data.Generation;

/// <summary>The kind of place a synthetic crime happened at: what drives its category, hour and season.</summary>
internal enum PlaceKind
{
    /// <summary>Nowhere in particular: the thin spread of crime over the whole built-up area.</summary>
    Scattered = 0,

    /// <summary>A pub, club or takeaway in the night-time economy.</summary>
    NightTimeEconomy = 1,

    /// <summary>A shop on a town-centre or district high street.</summary>
    HighStreetShop = 2,

    /// <summary>A supermarket or retail-park store.</summary>
    Supermarket = 3,

    /// <summary>A residential street block.</summary>
    Residential = 4,

    /// <summary>A park or open space.</summary>
    Park = 5,

    /// <summary>A car park.</summary>
    CarPark = 6,

    /// <summary>A railway or bus station.</summary>
    Transport = 7,

    /// <summary>A hospital.</summary>
    Hospital = 8,
}
