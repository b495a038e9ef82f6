namespace Lantern.Core.Forces;

/// <summary>The forces that publish on data.police.uk, by slug and full name.</summary>
/// <remarks>Lookups ignore case; a force not listed can still be used by its slug.</remarks>
public static class PoliceForces
{
    /// <summary>All known forces.</summary>
    public static IReadOnlyList<PoliceForce> All { get; } =
    [
        new("avon-and-somerset", "Avon and Somerset Constabulary"),
        new("bedfordshire", "Bedfordshire Police"),
        new("btp", "British Transport Police"),
        new("cambridgeshire", "Cambridgeshire Constabulary"),
        new("cheshire", "Cheshire Constabulary"),
        new("city-of-london", "City of London Police"),
        new("cleveland", "Cleveland Police"),
        new("cumbria", "Cumbria Constabulary"),
        new("derbyshire", "Derbyshire Constabulary"),
        new("devon-and-cornwall", "Devon & Cornwall Police"),
        new("dorset", "Dorset Police"),
        new("durham", "Durham Constabulary"),
        new("dyfed-powys", "Dyfed-Powys Police"),
        new("essex", "Essex Police"),
        new("gloucestershire", "Gloucestershire Constabulary"),
        new("greater-manchester", "Greater Manchester Police"),
        new("gwent", "Gwent Police"),
        new("hampshire", "Hampshire Constabulary"),
        new("hertfordshire", "Hertfordshire Constabulary"),
        new("humberside", "Humberside Police"),
        new("kent", "Kent Police"),
        new("lancashire", "Lancashire Constabulary"),
        new("leicestershire", "Leicestershire Police"),
        new("lincolnshire", "Lincolnshire Police"),
        new("merseyside", "Merseyside Police"),
        new("metropolitan", "Metropolitan Police Service"),
        new("norfolk", "Norfolk Constabulary"),
        new("north-wales", "North Wales Police"),
        new("north-yorkshire", "North Yorkshire Police"),
        new("northamptonshire", "Northamptonshire Police"),
        new("northern-ireland", "Police Service of Northern Ireland"),
        new("northumbria", "Northumbria Police"),
        new("nottinghamshire", "Nottinghamshire Police"),
        new("south-wales", "South Wales Police"),
        new("south-yorkshire", "South Yorkshire Police"),
        new("staffordshire", "Staffordshire Police"),
        new("suffolk", "Suffolk Constabulary"),
        new("surrey", "Surrey Police"),
        new("sussex", "Sussex Police"),
        new("thames-valley", "Thames Valley Police"),
        new("warwickshire", "Warwickshire Police"),
        new("west-mercia", "West Mercia Police"),
        new("west-midlands", "West Midlands Police"),
        new("west-yorkshire", "West Yorkshire Police"),
        new("wiltshire", "Wiltshire Police"),
    ];

    /// <summary>
    /// Finds a force by slug or full name (case-insensitive); "Metropolitan Police" also finds the Met, and ONS's
    /// inverted names ("London, City of", in its police force area lookups) find the force they name.
    /// </summary>
    /// <param name="slugOrName">A slug such as <c>gwent</c> or a name such as "Gwent Police".</param>
    /// <returns>The force, or null when unknown.</returns>
    public static PoliceForce? Find(string slugOrName)
    {
        ArgumentNullException.ThrowIfNull(slugOrName);
        string s = slugOrName.Trim();
        int comma = s.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            s = $"{s[(comma + 2)..]} {s[..comma]}";
        }

        foreach (PoliceForce f in All)
        {
            if (string.Equals(f.Slug, s, StringComparison.OrdinalIgnoreCase) || string.Equals(f.Name, s, StringComparison.OrdinalIgnoreCase))
            {
                return f;
            }
        }

        // Names are written with small variations ("Metropolitan Police", "Devon and Cornwall Police").
        string n = Normalise(s);
        foreach (PoliceForce f in All)
        {
            string fn = Normalise(f.Name);
            if (fn == n || fn.StartsWith(n + " ", StringComparison.Ordinal) || Normalise(f.Slug) == n)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>The slug for a slug or name; an unknown value that looks like a slug is returned as given.</summary>
    /// <param name="slugOrName">The user's or file's text.</param>
    /// <returns>The slug, or null when the text is neither a known force nor slug-shaped.</returns>
    public static string? ToSlug(string slugOrName)
    {
        ArgumentNullException.ThrowIfNull(slugOrName);
        PoliceForce? f = Find(slugOrName);
        if (f is not null)
        {
            return f.Slug;
        }

        string s = slugOrName.Trim();
        return s.Length > 0 && s.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') ? s : null;
    }

    private static string Normalise(string s) =>
        s.ToUpperInvariant().Replace("&", "AND", StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal).Trim();
}
