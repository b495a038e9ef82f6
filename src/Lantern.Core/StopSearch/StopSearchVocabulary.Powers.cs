namespace Lantern.Core.StopSearch;

public static partial class StopSearchVocabulary
{
    private static readonly Vocabulary<Legislation> s_legislation = new(
        [
            (Legislation.PaceSection1, "Police and Criminal Evidence Act 1984 (section 1)"),
            (Legislation.MisuseOfDrugsActSection23, "Misuse of Drugs Act 1971 (section 23)"),
            (Legislation.CjpoaSection60, "Criminal Justice and Public Order Act 1994 (section 60)"),
            (Legislation.TerrorismActSection47A, "Terrorism Act 2000 (section 47A)"),
            (Legislation.TerrorismActSection43, "Terrorism Act 2000 (section 43 or 43A)"),
            (Legislation.FirearmsActSection47, "Firearms Act 1968 (section 47)"),
            (Legislation.CriminalJusticeActSection139B, "Criminal Justice Act 1988 (section 139B)"),
            (Legislation.PsychoactiveSubstancesAct, "Psychoactive Substances Act 2016 (section 36 or 37)"),
            (Legislation.PaceSection6, "Police and Criminal Evidence Act 1984 (section 6)"),
            (Legislation.WildlifeAndHunting, "Wildlife and hunting legislation"),
            (Legislation.Other, "Other legislation"),
        ],
        [
            ("Terrorism Act 2000 (section 43)", Legislation.TerrorismActSection43),
            ("Terrorism Act 2000 (section 43A)", Legislation.TerrorismActSection43),
            ("Psychoactive Substances Act 2016 (s36(2))", Legislation.PsychoactiveSubstancesAct),
            ("Psychoactive Substances Act 2016 (s37(2))", Legislation.PsychoactiveSubstancesAct),
            ("Wildlife and Countryside Act 1981 (section 19)", Legislation.WildlifeAndHunting),
            ("Deer Act 1991 (section 12)", Legislation.WildlifeAndHunting),
            ("Conservation of Seals Act 1970 (section 4)", Legislation.WildlifeAndHunting),
            ("Protection of Badgers Act 1992 (section 11)", Legislation.WildlifeAndHunting),
            ("Hunting Act 2004 (section 8)", Legislation.WildlifeAndHunting),
            ("Poaching Prevention Act 1862 (section 2)", Legislation.WildlifeAndHunting),
            ("Crossbows Act 1987 (section 4)", Legislation.Other),
            ("Aviation Security Act 1982 (section 27(1))", Legislation.Other),
            ("Customs and Excise Management Act 1979 (section 163)", Legislation.Other),
            ("Public Stores Act 1875 (section 6)", Legislation.Other),
            ("Sporting Events (Control of Alcohol etc.) Act 1985 (section 7)", Legislation.Other),
            ("Environmental Protection Act 1990 (section 34B )", Legislation.Other),
            ("Environmental Protection Act 1990 (section 34B)", Legislation.Other),
        ]);

    private static readonly Vocabulary<ObjectOfSearch> s_objects = new(
        [
            (ObjectOfSearch.ControlledDrugs, "Controlled drugs"),
            (ObjectOfSearch.OffensiveWeapons, "Offensive weapons"),
            (ObjectOfSearch.StolenGoods, "Stolen goods"),
            (ObjectOfSearch.ArticlesForUseInCriminalDamage, "Articles for use in criminal damage"),
            (ObjectOfSearch.ArticlesForUseInTheft, "Article for use in theft"),
            (ObjectOfSearch.EvidenceOfOffencesUnderTheAct, "Evidence of offences under the Act"),
            (ObjectOfSearch.Firearms, "Firearms"),
            (ObjectOfSearch.Fireworks, "Fireworks"),
            (ObjectOfSearch.AnythingToThreatenOrHarmAnyone, "Anything to threaten or harm anyone"),
            (ObjectOfSearch.PsychoactiveSubstances, "Psychoactive substances"),
            (ObjectOfSearch.TerrorismRelatedArticles, "Terrorism related articles"),
            (ObjectOfSearch.WildlifeOrHunting, "Evidence of wildlife offences"),
            (ObjectOfSearch.GoodsOnWhichDutyNotPaid, "Goods on which duty has not been paid etc."),
            (ObjectOfSearch.Crossbows, "Crossbows"),
            (ObjectOfSearch.DetailUnavailable, "Detailed object of search unavailable"),
        ],
        [
            ("Articles for use in theft", ObjectOfSearch.ArticlesForUseInTheft),
            ("Offensive weapon", ObjectOfSearch.OffensiveWeapons),
            ("Game or poaching equipment", ObjectOfSearch.WildlifeOrHunting),
            ("Seals or hunting equipment", ObjectOfSearch.WildlifeOrHunting),
            ("Evidence of hunting any wild mammal with a dog", ObjectOfSearch.WildlifeOrHunting),
            ("Articles for use in terrorism", ObjectOfSearch.TerrorismRelatedArticles),
        ]);

    // Short names for people to type (lantern stopsearch summary --legislation), with the sections people say.
    private static readonly (Legislation Value, string Slug, string[] Aliases)[] s_legislationSlugs =
    [
        (Legislation.PaceSection1, "pace-s1", ["s1"]),
        (Legislation.MisuseOfDrugsActSection23, "misuse-of-drugs-s23", ["s23"]),
        (Legislation.CjpoaSection60, "cjpoa-s60", ["s60"]),
        (Legislation.TerrorismActSection47A, "terrorism-s47a", ["s47a"]),
        (Legislation.TerrorismActSection43, "terrorism-s43", ["s43"]),
        (Legislation.FirearmsActSection47, "firearms-s47", []),
        (Legislation.CriminalJusticeActSection139B, "cja-s139b", ["s139b"]),
        (Legislation.PsychoactiveSubstancesAct, "psychoactive-substances", []),
        (Legislation.PaceSection6, "pace-s6", []),
        (Legislation.WildlifeAndHunting, "wildlife", []),
        (Legislation.Other, "other", []),
        (Legislation.Unknown, "unknown", []),
    ];

    /// <summary>The short name of a power, for people to type: <c>pace-s1</c>, <c>misuse-of-drugs-s23</c>, <c>cjpoa-s60</c>.</summary>
    /// <param name="value">The power.</param>
    /// <returns>Its short name.</returns>
    public static string Slug(Legislation value) => s_legislationSlugs.First(s => s.Value == value).Slug;

    /// <summary>Reads a power as a person writes it: a short name (<c>cjpoa-s60</c>), a section (<c>s60</c>) or the name data.police.uk uses.</summary>
    /// <param name="text">The text; case and surrounding spaces are ignored.</param>
    /// <param name="value">The power, when recognised.</param>
    /// <returns>Whether the text names a power.</returns>
    public static bool TryParseLegislation(string text, out Legislation value)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        foreach ((Legislation v, string slug, string[] aliases) in s_legislationSlugs)
        {
            if (t.Equals(slug, StringComparison.OrdinalIgnoreCase) || aliases.Any(a => t.Equals(a, StringComparison.OrdinalIgnoreCase)))
            {
                value = v;
                return true;
            }
        }

        return s_legislation.TryFromRaw(t, out value);
    }

    /// <summary>Every power's short name, in the enum's order.</summary>
    public static IReadOnlyList<string> LegislationSlugs { get; } = [.. s_legislationSlugs.OrderBy(s => s.Value).Select(s => s.Slug)];

    /// <summary>Maps the raw "Legislation".</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The power, or <see cref="Legislation.Unknown"/> when blank or not recognised.</returns>
    public static Legislation LegislationFromRaw(ReadOnlySpan<char> raw) => s_legislation.FromRaw(raw);

    /// <summary>Maps the raw "Object of search".</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The object, or <see cref="ObjectOfSearch.Unknown"/> when blank or not recognised.</returns>
    public static ObjectOfSearch ObjectOfSearchFromRaw(ReadOnlySpan<char> raw) => s_objects.FromRaw(raw);

    /// <summary>The display name of a power.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(Legislation value) => s_legislation.Name(value);

    /// <summary>The display name of an object of search.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(ObjectOfSearch value) => s_objects.Name(value);
}
