using System.Collections.Frozen;

namespace Lantern.Core.Crimes;

/// <summary>
/// The vocabulary of crime categories: canonical names, URL-style slugs (as the data.police.uk API uses) and the
/// raw spellings seen in files over the years.
/// </summary>
/// <remarks>Thread safe. Matching of raw strings ignores case and surrounding whitespace.</remarks>
public static class CrimeCategories
{
    private static readonly (CrimeCategory Category, string Name, string Slug)[] s_table =
    [
        (CrimeCategory.AntiSocialBehaviour, "Anti-social behaviour", "anti-social-behaviour"),
        (CrimeCategory.BicycleTheft, "Bicycle theft", "bicycle-theft"),
        (CrimeCategory.Burglary, "Burglary", "burglary"),
        (CrimeCategory.CriminalDamageAndArson, "Criminal damage and arson", "criminal-damage-arson"),
        (CrimeCategory.Drugs, "Drugs", "drugs"),
        (CrimeCategory.OtherCrime, "Other crime", "other-crime"),
        (CrimeCategory.OtherTheft, "Other theft", "other-theft"),
        (CrimeCategory.PossessionOfWeapons, "Possession of weapons", "possession-of-weapons"),
        (CrimeCategory.PublicOrder, "Public order", "public-order"),
        (CrimeCategory.Robbery, "Robbery", "robbery"),
        (CrimeCategory.Shoplifting, "Shoplifting", "shoplifting"),
        (CrimeCategory.TheftFromThePerson, "Theft from the person", "theft-from-the-person"),
        (CrimeCategory.VehicleCrime, "Vehicle crime", "vehicle-crime"),
        (CrimeCategory.ViolenceAndSexualOffences, "Violence and sexual offences", "violent-crime"),
        (CrimeCategory.LegacyViolentCrime, "Violent crime", "legacy-violent-crime"),
        (CrimeCategory.LegacyPublicDisorderAndWeapons, "Public disorder and weapons", "public-disorder-weapons"),
    ];

    // Spellings seen in data.police.uk files and API responses across years (DOMAIN.md §5: vocabularies are open).
    private static readonly FrozenDictionary<string, CrimeCategory> s_byRaw = BuildRaw();

    /// <summary>The 14 current categories, in data.police.uk's alphabetical order.</summary>
    public static IReadOnlyList<CrimeCategory> Current { get; } =
        [.. s_table.Where(t => t.Category < CrimeCategory.LegacyViolentCrime).Select(t => t.Category)];

    /// <summary>Maps a raw category string to its canonical value.</summary>
    /// <param name="raw">The string as found in a file.</param>
    /// <returns>The category, or <see cref="CrimeCategory.Unknown"/> when the string is not recognised.</returns>
    public static CrimeCategory FromRaw(ReadOnlySpan<char> raw)
    {
        ReadOnlySpan<char> trimmed = raw.Trim();
        var lookup = s_byRaw.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(trimmed, out CrimeCategory c) ? c : CrimeCategory.Unknown;
    }

    /// <summary>The display name of a category, as data.police.uk writes it.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(CrimeCategory category)
    {
        foreach (var t in s_table)
        {
            if (t.Category == category)
            {
                return t.Name;
            }
        }

        return "Unknown";
    }

    /// <summary>The slug of a category, as the data.police.uk API writes it.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The slug, or "unknown".</returns>
    public static string Slug(CrimeCategory category)
    {
        foreach (var t in s_table)
        {
            if (t.Category == category)
            {
                return t.Slug;
            }
        }

        return "unknown";
    }

    /// <summary>Parses a category given by a user: a name, a slug or the enum name, ignoring case.</summary>
    /// <param name="text">The user's text.</param>
    /// <param name="category">The category, when recognised.</param>
    /// <returns>Whether it was recognised.</returns>
    public static bool TryParseUser(string text, out CrimeCategory category)
    {
        ArgumentNullException.ThrowIfNull(text);
        category = FromRaw(text);
        if (category != CrimeCategory.Unknown)
        {
            return true;
        }

        return Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out category)
            && Enum.IsDefined(category) && category != CrimeCategory.Unknown;
    }

    private static FrozenDictionary<string, CrimeCategory> BuildRaw()
    {
        var d = new Dictionary<string, CrimeCategory>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in s_table)
        {
            d[t.Name] = t.Category;
            d[t.Slug] = t.Category;
        }

        // Legacy and variant spellings.
        d["Violence and sexual offence"] = CrimeCategory.ViolenceAndSexualOffences;
        d["Violence-and-sexual-offences"] = CrimeCategory.ViolenceAndSexualOffences;
        d["Anti social behaviour"] = CrimeCategory.AntiSocialBehaviour;
        d["Antisocial behaviour"] = CrimeCategory.AntiSocialBehaviour;
        d["Criminal damage & arson"] = CrimeCategory.CriminalDamageAndArson;
        d["Criminal-damage-and-arson"] = CrimeCategory.CriminalDamageAndArson;
        d["Burglary-residential"] = CrimeCategory.Burglary;
        d["Theft-from-the-person"] = CrimeCategory.TheftFromThePerson;
        d["Public-order"] = CrimeCategory.PublicOrder;
        d["Possession-of-weapons"] = CrimeCategory.PossessionOfWeapons;
        d["Violent crime"] = CrimeCategory.LegacyViolentCrime;
        d["violent-crime"] = CrimeCategory.ViolenceAndSexualOffences; // the API slug never changed when the name did
        d["Public disorder and weapons"] = CrimeCategory.LegacyPublicDisorderAndWeapons;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
