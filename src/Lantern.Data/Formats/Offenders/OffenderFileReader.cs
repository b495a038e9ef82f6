using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Core.Crimes;
using Lantern.Core.Offenders;

namespace Lantern.Data.Formats.Offenders;

/// <summary>
/// Reads the "offender records force export" (docs/formats.md): one row per person and crime, with the person's role,
/// and per person the wanted flag and the characteristics kept for fairness audits. Every error is kept with its line,
/// field and reason; the caller refuses the whole file when there is any.
/// </summary>
internal static partial class OffenderFileReader
{
    public const string PersonId = "Person ID";
    public const string CrimeReference = "Crime reference";
    public const string Date = "Date";
    public const string OffenceCode = "Offence code";
    public const string CrimeType = "Crime type";
    public const string Role = "Role";
    public const string Domestic = "Domestic";
    public const string VictimId = "Victim ID";
    public const string Outcome = "Outcome";
    public const string Wanted = "Wanted";
    public const string Sex = "Sex";
    public const string AgeBand = "Age band";
    public const string Ethnicity = "Ethnicity";

    /// <summary>The columns in the order the generator writes them.</summary>
    public static readonly string[] Columns = [PersonId, CrimeReference, Date, OffenceCode, CrimeType, Role, Domestic, VictimId, Outcome, Wanted, Sex, AgeBand, Ethnicity];

    private static readonly string[] s_required = [PersonId, CrimeReference, Date, OffenceCode, Role];

    // Errors kept per file: enough to fix a systematic fault, not so many that a wrong file floods the terminal.
    private const int MaxErrors = 100;

    public static OffenderFile Read(Stream stream, string fileName)
    {
        var errors = new List<FileError>();
        var rows = new List<OffenderExportRow>();
        using var csv = new CsvTokenizer(stream);
        if (!csv.ReadRecord())
        {
            return new OffenderFile(fileName, rows, [new FileError(fileName, 1, "(header)", "the file is empty: expected a header line")]);
        }

        if (csv.Malformed is { } unreadable)
        {
            return new OffenderFile(fileName, rows, [new FileError(fileName, csv.Line, "(header)", "unreadable header: " + unreadable)]);
        }

        int[] at = new int[Columns.Length];
        Array.Fill(at, -1);
        string[] header = new string[csv.FieldCount];
        for (int i = 0; i < csv.FieldCount; i++)
        {
            string name = header[i] = csv.Field(i).Trim().ToString();
            if (name.Length == 0)
            {
                continue; // a column with no name (Excel's comma at the end of every line): its values must be blank
            }

            int c = Array.FindIndex(Columns, x => x.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (c < 0 || at[c] >= 0)
            {
                return new OffenderFile(fileName, rows, [new FileError(fileName, csv.Line, name, c >= 0 ? "the column appears twice"
                    : $"not a column of the offender records export (expected {string.Join(", ", Columns)})")]);
            }

            at[c] = i;
        }

        foreach (string required in s_required)
        {
            if (at[Array.IndexOf(Columns, required)] < 0)
            {
                return new OffenderFile(fileName, rows, [new FileError(fileName, csv.Line, required, "a required column is missing")]);
            }
        }

        var seen = new HashSet<(string, string)>();
        var people = new Dictionary<string, (bool Wanted, Demographic Demographic, long Line)>(StringComparer.Ordinal);
        while (csv.ReadRecord() && errors.Count < MaxErrors)
        {
            long line = csv.Line;
            string Get(string column)
            {
                int i = at[Array.IndexOf(Columns, column)];
                return i >= 0 && i < csv.FieldCount ? csv.Field(i).Trim().ToString() : string.Empty;
            }

            bool Fail(string field, string reason)
            {
                errors.Add(new FileError(fileName, line, field, reason));
                return false;
            }

            if (csv.Malformed is { } malformed)
            {
                Fail(csv.MalformedField >= 0 && csv.MalformedField < header.Length && header[csv.MalformedField].Length > 0
                    ? header[csv.MalformedField] : "(record)", malformed);
                continue;
            }

            if (UnnamedValue(csv, header) is { } column)
            {
                Fail("(record)", string.Create(CultureInfo.InvariantCulture, $"a value in column {column + 1}, which has no name in the header"));
                continue;
            }

            string person = Get(PersonId), reference = Get(CrimeReference), victim = Get(VictimId);
            if (!IdPattern().IsMatch(person))
            {
                Fail(PersonId, $"'{person}' is not a pseudonymous id (1-64 letters, digits, '-' or '_')");
                continue;
            }

            if (reference.Length is 0 or > 64)
            {
                Fail(CrimeReference, "a crime reference of 1 to 64 characters is required");
                continue;
            }

            if (!DateOnly.TryParseExact(Get(Date), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
            {
                Fail(Date, $"'{Get(Date)}' is not a date (yyyy-MM-dd)");
                continue;
            }

            string? code = FieldParsers.NormaliseOffenceCode(Get(OffenceCode));
            if (code is null)
            {
                Fail(OffenceCode, $"'{Get(OffenceCode)}' is not a Home Office offence code (expected NNN/NN such as 019/07)"
                    + FieldParsers.OffenceCodeHint(Get(OffenceCode)));
                continue;
            }

            if (!OffenderRoles.TryParse(Get(Role), out OffenderRole role))
            {
                Fail(Role, $"'{Get(Role)}' is not suspect, charged, convicted or victim");
                continue;
            }

            if (!TryFlag(Get(Domestic), out bool domestic))
            {
                Fail(Domestic, $"'{Get(Domestic)}' is not Y or N");
                continue;
            }

            if (!TryFlag(Get(Wanted), out bool wanted))
            {
                Fail(Wanted, $"'{Get(Wanted)}' is not Y or N");
                continue;
            }

            if (victim.Length > 0 && (role == OffenderRole.Victim || !IdPattern().IsMatch(victim) || victim == person))
            {
                Fail(VictimId, role == OffenderRole.Victim ? "a victim's own record names no other victim: leave it blank"
                    : victim == person ? "the victim is the person themself" : $"'{victim}' is not a pseudonymous id");
                continue;
            }

            if (!seen.Add((person, reference)))
            {
                Fail(CrimeReference, $"{person} already has a row for {reference} in this file: one row per person and crime, with the latest role");
                continue;
            }

            var demographic = new Demographic(Word(Get(Sex)).ToLowerInvariant(), Word(Get(AgeBand)), Word(Get(Ethnicity)));
            if (people.TryGetValue(person, out var before))
            {
                if (before.Wanted != wanted)
                {
                    Fail(Wanted, $"{person} was {(before.Wanted ? "wanted" : "not wanted")} on line {before.Line}: a person's rows must agree");
                    continue;
                }

                if (before.Demographic != demographic)
                {
                    Fail(Ethnicity, $"{person}'s sex, age band or ethnicity differs from line {before.Line}: a person's rows must agree");
                    continue;
                }
            }
            else
            {
                people.Add(person, (wanted, demographic, line));
            }

            string outcome = Get(Outcome);
            CrimeCategory category = Get(CrimeType) is { Length: > 0 } type ? CrimeCategories.FromRaw(type) : CrimeCategory.Unknown;
            rows.Add(new OffenderExportRow(line, new OffenderRecord(person, reference, date, code, category, role, domestic, victim.Length == 0 ? null : victim),
                outcome.Length == 0 ? null : outcome, wanted, demographic));
        }

        return new OffenderFile(fileName, rows, errors);
    }

    private static string Word(string text) => text.Length == 0 ? "unknown" : text;

    private static bool TryFlag(string text, out bool value)
    {
        switch (text.ToUpperInvariant())
        {
            case "" or "N" or "NO" or "FALSE" or "0":
                value = false;
                return true;
            case "Y" or "YES" or "TRUE" or "1":
                value = true;
                return true;
            default:
                value = false;
                return false;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();

    // The first column with no name in the header that holds a value in this row, or null.
    private static int? UnnamedValue(CsvTokenizer csv, string[] header)
    {
        for (int i = 0; i < csv.FieldCount; i++)
        {
            if ((i >= header.Length || header[i].Length == 0) && !csv.Field(i).IsWhiteSpace())
            {
                return i;
            }
        }

        return null;
    }
}
