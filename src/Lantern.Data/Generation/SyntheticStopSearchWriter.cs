using System.Globalization;
using System.Text;
using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <summary>
/// Writes the synthetic force's stop-and-search export (docs/formats.md), a month a file: searches near the town's
/// places, by officers in six teams, with body-worn video on or off and the reason when off. No public data has
/// body-worn video, so this is what the body-worn video report is tested and shown on.
/// </summary>
/// <remarks>
/// Each team records on body-worn video at its own rate (from 97% down to 70%), so that a report by team has something
/// to find; the reasons when not are drawn from a fixed list. Ethnicities, ages, powers and outcomes are drawn in rough
/// proportion to published England and Wales figures; nothing here models bias. Deterministic for a seed.
/// </remarks>
internal static class SyntheticStopSearchWriter
{
    /// <summary>The header written.</summary>
    public const string Header =
        "Search reference,Force,Date,Easting,Northing,Longitude,Latitude,Officer,Team,Type,Legislation,Object of search,Outcome," +
        "Outcome linked to object of search,Self-defined ethnicity,Officer-defined ethnicity,Gender,Age range,Body-worn video," +
        "Body-worn video reason,Section 60 authorisation,Grounds,Part of a policing operation,Policing operation,Removal of more than just outer clothing";

    /// <summary>The teams and the share of their searches recorded on body-worn video.</summary>
    public static readonly (string Team, double Recorded)[] Teams =
    [
        ("Central Response", 0.97), ("Central Neighbourhood", 0.93), ("North Response", 0.90), ("North Neighbourhood", 0.85),
        ("Proactive Team", 0.78), ("Night-Time Economy", 0.70),
    ];

    /// <summary>The reasons given when body-worn video did not record.</summary>
    public static readonly string[] Reasons =
        ["Battery flat", "Camera not issued", "Camera faulty", "Forgot to activate", "Activated too late", "Search too quick to start recording"];

    private const ulong Stream = 4;
    private const int OfficersPerTeam = 8;

    private static readonly (string Slug, string Object, double Weight)[] s_powers =
    [
        ("Misuse of Drugs Act 1971 (section 23)", "Controlled drugs", 0.62),
        ("Police and Criminal Evidence Act 1984 (section 1)", "Offensive weapons", 0.18),
        ("Police and Criminal Evidence Act 1984 (section 1)", "Stolen goods", 0.14),
        ("Criminal Justice and Public Order Act 1994 (section 60)", "Anything to threaten or harm anyone", 0.06),
    ];

    private static readonly (string Self, string Officer, double Weight)[] s_ethnicities =
    [
        ("White - English/Welsh/Scottish/Northern Irish/British", "White", 0.62), ("Black/African/Caribbean/Black British - Caribbean", "Black", 0.08),
        ("Black/African/Caribbean/Black British - African", "Black", 0.06), ("Asian/Asian British - Pakistani", "Asian", 0.08),
        ("Mixed/Multiple ethnic groups - White and Black Caribbean", "Black", 0.04), ("Other ethnic group - Not stated", "White", 0.12),
    ];

    private static readonly (string Outcome, bool Linked, double Weight)[] s_outcomes =
    [
        ("A no further action disposal", false, 0.70), ("Arrest", true, 0.13), ("Community resolution", true, 0.09),
        ("Summons / charged by post", true, 0.03), ("Penalty Notice for Disorder", true, 0.02), ("Arrest", false, 0.03),
    ];

    /// <summary>The relative path of a month's stop-and-search export.</summary>
    /// <param name="month">The month.</param>
    /// <returns>e.g. <c>force-export/lantern-demo-stop-search-2024-07.csv</c>.</returns>
    public static string File(YearMonth month) => $"{SyntheticForceWriter.ForceExportFolder}/{SyntheticForce.Slug}-stop-search-{month}.csv";

    /// <summary>Writes one file per month of the options; about one search for every ten crimes.</summary>
    /// <returns>Searches written.</returns>
    public static async Task<long> WriteAsync(GeneratorOptions options, SyntheticTown town, string directory, List<string> files, CancellationToken cancellationToken)
    {
        var random = new DeterministicRandom(options.Seed, Stream);
        double perMonth = Math.Max(1.0, options.TargetEvents / 10.0 / options.Months);
        long written = 0;
        long reference = 0;
        for (int m = 0; m < options.Months; m++)
        {
            YearMonth month = options.FirstMonth.PlusMonths(m);
            var sb = new StringBuilder(Header).Append('\n');
            int count = random.Poisson(perMonth);
            var rows = new List<(DateTime At, string Row)>(count);
            for (int i = 0; i < count; i++)
            {
                DateTime at = new DateTime(month.Year, month.Month, 1).AddDays(random.NextInt(DateTime.DaysInMonth(month.Year, month.Month)))
                    .AddMinutes(EveningMinute(random));
                rows.Add((at, Row(random, town, at)));
            }

            foreach ((DateTime at, string row) in rows.OrderBy(r => r.At))
            {
                reference++;
                sb.Append(CultureInfo.InvariantCulture, $"LD-SS-{month.Year}-{reference:D6}").Append(row).Append('\n');
            }

            string relative = File(month);
            await System.IO.File.WriteAllTextAsync(Path.Combine(directory, relative), sb.ToString(), new UTF8Encoding(false), cancellationToken);
            files.Add(relative);
            written += count;
        }

        return written;
    }

    // Searches peak in the evening: the minute of the day, mostly between 14:00 and 02:00.
    private static double EveningMinute(DeterministicRandom random) =>
        ((20 * 60) + (random.Normal() * 240) + (24 * 60 * 4)) % (24 * 60);

    // at is a UTC instant, written as UK wall-clock time: a time drawn on the clock could fall in the hour the clocks skip.
    private static string Row(DeterministicRandom random, SyntheticTown town, DateTime at)
    {
        DateTime local = UkTime.ToLocal(new DateTimeOffset(at, TimeSpan.Zero));
        ReadOnlySpan<Place> places = town.Places;
        Place place = places[random.NextInt(places.Length)];
        (double e, double n) = town.Reflect(place.Easting + (random.Normal() * place.SpreadMetres), place.Northing + (random.Normal() * place.SpreadMetres));
        int team = random.NextInt(Teams.Length);
        string officer = string.Create(CultureInfo.InvariantCulture, $"PC {1000 + (team * 100) + random.NextInt(OfficersPerTeam)}");
        var power = s_powers[Pick(random, s_powers.Select(p => p.Weight))];
        var ethnicity = s_ethnicities[Pick(random, s_ethnicities.Select(x => x.Weight))];
        var outcome = s_outcomes[Pick(random, s_outcomes.Select(x => x.Weight))];
        bool recorded = random.Chance(Teams[team].Recorded);
        // One in five unrecorded searches has no reason written down: the report counts that too.
        string reason = recorded || random.Chance(0.2) ? string.Empty : Reasons[random.NextInt(Reasons.Length)];
        bool s60 = power.Object.StartsWith("Anything", StringComparison.Ordinal);
        string authorisation = s60 ? string.Create(CultureInfo.InvariantCulture, $"LD-S60-{local:yyyyMMdd}") : string.Empty;
        string grounds = s60 ? "Section 60 authorisation in force" : power.Object switch
        {
            "Controlled drugs" => "Strong smell of cannabis and seen passing a small package",
            "Offensive weapons" => "Seen concealing a long object in waistband",
            _ => "Matched the description of a suspect seen leaving a shop with goods",
        };
        string age = random.NextInt(10) switch { < 3 => "18-24", < 5 => "10-17", < 8 => "25-34", _ => "over 34" };
        return string.Create(CultureInfo.InvariantCulture,
            $",{SyntheticForce.Slug},{local:yyyy-MM-dd'T'HH:mm},{e:F0},{n:F0},,,{officer},{Teams[team].Team},Person search,{power.Slug},{power.Object}," +
            $"{outcome.Outcome},{(outcome.Linked ? "True" : "False")},{ethnicity.Self},{ethnicity.Officer},{(random.Chance(0.9) ? "Male" : "Female")},{age}," +
            $"{(recorded ? "Yes" : "No")},{reason},{authorisation},{grounds},False,,False");
    }

    private static int Pick(DeterministicRandom random, IEnumerable<double> weights)
    {
        double[] w = [.. weights];
        double u = random.NextDouble() * w.Sum();
        for (int i = 0; i < w.Length; i++)
        {
            u -= w[i];
            if (u < 0)
            {
                return i;
            }
        }

        return w.Length - 1;
    }
}
