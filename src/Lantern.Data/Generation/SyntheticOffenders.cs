using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Offenders;
using Lantern.Data.Formats.Offenders;

namespace Lantern.Data.Generation;

/// <summary>
/// A synthetic force's offender records (docs/generator.md): a pool of men reported for violence against women and
/// girls, with heavy-tailed offending rates (a Pareto tail: most have one offence a year, a few dozens), four kinds of
/// offending (domestic abuse, sexual offences, child sexual offences, other violence), partners and ex-partners who are
/// victimised again and again, a record for every victim as well as every suspect, roles moving on to charged and
/// convicted, a few wanted, and sex, age band and ethnicity drawn independently of offending, so that they cannot drive
/// a score. Deterministic by seed; fictional: no real person.
/// </summary>
internal static class SyntheticOffenders
{
    // Pareto rates (offences a year): minimum 0.3, shape 1.6 (mean 0.8), capped at 40.
    private const double RateMinimum = 0.3;
    private const double RateShape = 1.6;
    private const double RateCap = 40;

    private static readonly string[] s_profiles = ["domestic", "sexual", "child", "violence"];
    private static readonly double[] s_profileCumulative = Cumulative(0.65, 0.15, 0.05, 0.15);

    private static readonly (string Code, bool Domestic, double Weight)[] s_domestic =
        [("105/01", true, 40), ("008/01", true, 20), ("008/75", true, 15), ("008/56", true, 10), ("008/71", true, 8), ("019/07", true, 3), ("005/01", true, 2), ("008/01", false, 2)];
    private static readonly (string Code, bool Domestic, double Weight)[] s_sexual =
        [("020/01", false, 60), ("019/07", false, 25), ("008/56", false, 10), ("017/01", false, 5)];
    private static readonly (string Code, bool Domestic, double Weight)[] s_child =
        [("021/01", false, 50), ("022/01", false, 20), ("020/03", false, 15), ("019/16", false, 10), ("019/08", false, 5)];
    private static readonly (string Code, bool Domestic, double Weight)[] s_violence =
        [("008/01", false, 40), ("105/01", false, 40), ("058/01", false, 10), ("009/01", false, 10)];

    private static readonly OffenceCodes.Choice s_age = new(("under 18", 0.03), ("18-24", 0.20), ("25-34", 0.33), ("35-44", 0.25), ("45-54", 0.13), ("55+", 0.06));
    private static readonly OffenceCodes.Choice s_victimAge = new(("under 18", 0.10), ("18-24", 0.25), ("25-34", 0.30), ("35-44", 0.20), ("45-54", 0.10), ("55+", 0.05));
    private static readonly OffenceCodes.Choice s_ethnicity = new(("White", 0.74), ("Black", 0.09), ("Asian", 0.10), ("Mixed", 0.04), ("Other", 0.02), ("unknown", 0.01));

    /// <summary>Generates the rows, offenders' and victims', in date order.</summary>
    public static IReadOnlyList<OffenderExportRow> Generate(OffenderGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var random = new DeterministicRandom(options.Seed, 0x0FFE);
        int days = options.Years * 365;
        int firstDay = options.AsOf.DayNumber - days + 1;
        var offences = new List<(int Day, int Suspect, string Code, bool Domestic, int Victim)>();
        var people = new List<Person>();
        double expectedActive = 0;
        while (expectedActive < options.SuspectsPerYear)
        {
            double rate = Math.Min(RateCap, RateMinimum * Math.Pow(1 - random.NextDouble(), -1 / RateShape)) * options.RateScale;
            expectedActive += 1 - Math.Exp(-rate);
            int suspect = people.Count;
            people.Add(NewPerson(random, people.Count, sex: random.Chance(0.95) ? "male" : "female", s_age));
            string profile = s_profiles[random.Pick(s_profileCumulative)];
            // Partners (domestic) or children (child offences) are victimised again; strangers are mostly new victims.
            var usual = new List<int>();
            int usualCount = profile is "domestic" or "child" ? (random.Chance(0.8) ? 1 : 2) : 1;
            for (int v = 0; v < usualCount; v++)
            {
                usual.Add(NewVictim(random, people, profile, suspect));
            }

            int n = random.Poisson(rate * options.Years);
            for (int k = 0; k < n; k++)
            {
                (string code, bool domestic, double _) = Draw(random, profile switch
                {
                    "domestic" => s_domestic,
                    "sexual" => s_sexual,
                    "child" => s_child,
                    _ => s_violence,
                });
                int victim = profile is "domestic" or "child" || random.Chance(0.3) ? usual[random.NextInt(usual.Count)] : NewVictim(random, people, profile, suspect);
                if (random.Chance(0.10))
                {
                    victim = -1; // victim not identified
                }

                offences.Add((firstDay + random.NextInt(days), suspect, code, domestic, victim));
            }
        }

        // A few wanted: 3% of the people offending in the last three months are outstanding suspects.
        int recent = options.AsOf.DayNumber - 90;
        var recentSuspects = new SortedSet<int>();
        foreach ((int day, int suspect, _, _, _) in offences)
        {
            if (day > recent)
            {
                recentSuspects.Add(suspect);
            }
        }

        foreach (int suspect in recentSuspects)
        {
            people[suspect].Wanted = random.Chance(0.03);
        }

        offences.Sort((a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.Suspect.CompareTo(b.Suspect));
        var rows = new List<OffenderExportRow>(offences.Count * 2);
        int year = -1, serial = 0;
        long line = 1;
        foreach ((int day, int suspect, string code, bool domestic, int victim) in offences)
        {
            var date = DateOnly.FromDayNumber(day);
            serial = date.Year == year ? serial + 1 : 1;
            year = date.Year;
            string reference = string.Create(CultureInfo.InvariantCulture, $"SF/{year % 100:00}/{serial:000000}");
            double age = options.AsOf.DayNumber - day;
            // Older allegations have had time to move on: a charge or a conviction.
            double progressed = Math.Min(0.45, 0.05 + (age / 730 * 0.4));
            double u = random.NextDouble();
            OffenderRole role = u < progressed * 0.6 ? OffenderRole.Convicted : u < progressed ? OffenderRole.Charged : OffenderRole.Suspect;
            string outcome = role switch
            {
                OffenderRole.Convicted => "Offender convicted",
                OffenderRole.Charged => "Suspect charged",
                _ => age < 60 ? "Under investigation" : random.Chance(0.6) ? "Evidential difficulties: victim does not support action" : "Investigation complete; no further action",
            };
            Person s = people[suspect];
            CrimeCategory category = code is "058/01" ? CrimeCategory.CriminalDamageAndArson : code is "009/01" ? CrimeCategory.PublicOrder
                : CrimeCategory.ViolenceAndSexualOffences;
            rows.Add(new OffenderExportRow(line++, new OffenderRecord(s.Id, reference, date, code, category, role, domestic, victim < 0 ? null : people[victim].Id),
                outcome, s.Wanted, s.Demographic));
            if (victim >= 0)
            {
                Person v = people[victim];
                rows.Add(new OffenderExportRow(line++, new OffenderRecord(v.Id, reference, date, code, category, OffenderRole.Victim, domestic, null), outcome,
                    v.Wanted, v.Demographic));
            }
        }

        return rows;
    }

    /// <summary>Writes rows in the export's CSV layout (docs/formats.md), header first.</summary>
    public static void Write(IEnumerable<OffenderExportRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', OffenderFileReader.Columns));
        writer.Write('\n');
        foreach (OffenderExportRow row in rows)
        {
            OffenderRecord r = row.Record;
            writer.Write(string.Join(',', r.PersonId, r.Reference, r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.OffenceCode,
                Quote(CrimeCategories.Name(r.Category)), OffenderRoles.Slug(r.Role), r.Domestic ? "Y" : "N", r.VictimId ?? string.Empty, Quote(row.Outcome ?? string.Empty),
                row.Wanted ? "Y" : "N", row.Demographic.Sex, row.Demographic.AgeBand, row.Demographic.Ethnicity));
            writer.Write('\n');
        }
    }

    private static string Quote(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;

    private static int NewVictim(DeterministicRandom random, List<Person> people, string profile, int suspect)
    {
        // Counter-allegations: about one domestic victim in twenty is a suspect already.
        if (profile == "domestic" && people.Count > 10 && random.Chance(0.05))
        {
            int other = random.NextInt(people.Count);
            if (other != suspect)
            {
                return other;
            }
        }

        people.Add(NewPerson(random, people.Count, random.Chance(profile == "child" ? 0.75 : 0.88) ? "female" : "male", profile == "child" ? null : s_victimAge));
        return people.Count - 1;
    }

    // Ids are the person's number scrambled by a multiplier prime to 10^10: unique, and not in order of creation.
    private static Person NewPerson(DeterministicRandom random, int index, string sex, OffenceCodes.Choice? age) =>
        new(string.Create(CultureInfo.InvariantCulture, $"P{(ulong)index * 2_654_435_761UL % 10_000_000_000UL:0000000000}"),
            new Demographic(sex, age is null ? "under 18" : age.Draw(random), s_ethnicity.Draw(random)));

    private static (string, bool, double) Draw(DeterministicRandom random, (string Code, bool Domestic, double Weight)[] choices)
    {
        double total = choices.Sum(c => c.Weight);
        double u = random.NextDouble() * total;
        foreach ((string, bool, double) c in choices)
        {
            u -= c.Item3;
            if (u < 0)
            {
                return c;
            }
        }

        return choices[^1];
    }

    private static double[] Cumulative(params double[] weights)
    {
        double[] c = new double[weights.Length];
        double sum = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            c[i] = sum;
        }

        return c;
    }

    private sealed class Person(string id, Demographic demographic)
    {
        public string Id { get; } = id;

        public Demographic Demographic { get; } = demographic;

        public bool Wanted { get; set; }
    }
}
