using System.Globalization;
using System.Text;

namespace Lantern.Bench.Parsing;

/// <summary>
/// Builds an in-memory data.police.uk street file from realistic values: SHA-256-style crime ids, anonymised snap
/// points repeated as in real files (a few thousand distinct points per force-month), LSOAs in sorted runs, the
/// 14 categories in about their national proportions, blank ids and outcomes for anti-social behaviour and 2% of
/// rows with no location.
/// </summary>
internal static class StreetCsvGenerator
{
    private static readonly (string Name, int Weight)[] s_categories =
    [
        ("Violence and sexual offences", 34), ("Anti-social behaviour", 18), ("Criminal damage and arson", 8),
        ("Other theft", 7), ("Shoplifting", 7), ("Public order", 7), ("Vehicle crime", 5), ("Burglary", 4),
        ("Drugs", 3), ("Other crime", 2), ("Theft from the person", 2), ("Robbery", 1), ("Bicycle theft", 1),
        ("Possession of weapons", 1),
    ];

    private static readonly string[] s_outcomes =
    [
        "Investigation complete; no suspect identified", "Unable to prosecute suspect", "Under investigation",
        "Status update unavailable", "Court result unavailable", "Awaiting court outcome", "Local resolution",
        "Offender given a caution", "Further investigation is not in the public interest",
    ];

    private static readonly string[] s_streets =
    [
        "High Street", "Station Road", "Church Street", "Oak Street", "Commercial Road", "Park Avenue", "Bridge Street",
        "Victoria Road", "Mill Lane", "Chepstow Road", "Caerleon Road", "Stow Hill", "Shopping Area", "Supermarket",
        "Parking Area", "Petrol Station", "Nightclub", "Sports/Recreation Area", "Further/Higher Educational Building",
    ];

    /// <summary>The header line of a street file.</summary>
    public const string Header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    /// <summary>Generates the file.</summary>
    /// <param name="rows">Data rows.</param>
    /// <param name="seed">RNG seed, so every run parses the same bytes.</param>
    /// <returns>UTF-8 bytes with LF line endings.</returns>
    public static byte[] Generate(int rows, int seed)
    {
        var random = new Random(seed);
        int points = Math.Clamp(rows / 20, 100, 20_000);
        var snaps = new (double Lon, double Lat, string Street)[points];
        for (int i = 0; i < points; i++)
        {
            // Gwent: about 3.3°W to 2.65°W, 51.5°N to 51.85°N; six decimal places as data.police.uk writes them.
            snaps[i] = (Math.Round(-3.3 + (random.NextDouble() * 0.65), 6), Math.Round(51.5 + (random.NextDouble() * 0.35), 6),
                "On or near " + s_streets[random.Next(s_streets.Length)]);
        }

        int totalWeight = s_categories.Sum(c => c.Weight);
        var text = new StringBuilder(rows * 230);
        text.Append(Header).Append('\n');
        Span<byte> id = stackalloc byte[32];
        int lsoa = 0;
        for (int row = 0; row < rows; row++)
        {
            // Files are sorted by LSOA: about 20 rows per LSOA per month.
            if (random.Next(20) == 0)
            {
                lsoa++;
            }

            int pick = random.Next(totalWeight);
            string category = s_categories[0].Name;
            foreach ((string name, int weight) in s_categories)
            {
                if (pick < weight)
                {
                    category = name;
                    break;
                }

                pick -= weight;
            }

            bool asb = category == "Anti-social behaviour";
            if (!asb)
            {
                random.NextBytes(id);
                text.Append(Convert.ToHexStringLower(id));
            }

            text.Append(",2024-07,Gwent Police,Gwent Police,");
            if (random.Next(50) == 0)
            {
                text.Append(",,No location,,,");
            }
            else
            {
                (double lon, double lat, string street) = snaps[random.Next(points)];
                text.Append(lon.ToString("0.######", CultureInfo.InvariantCulture)).Append(',')
                    .Append(lat.ToString("0.######", CultureInfo.InvariantCulture)).Append(',')
                    .Append(street).Append(',')
                    .Append(CultureInfo.InvariantCulture, $"W0100{lsoa % 10_000:D4},Newport {lsoa % 1000:D3}{(char)('A' + (lsoa % 5))},");
            }

            text.Append(category).Append(',');
            if (!asb)
            {
                text.Append(s_outcomes[random.Next(s_outcomes.Length)]);
            }

            text.Append(",\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
