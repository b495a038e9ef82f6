namespace Lantern.Core.StopSearch;

/// <summary>
/// The vocabularies of data.police.uk stop-and-search files: canonical values, display names and the raw spellings
/// seen over the years (DOMAIN.md §5: every vocabulary is open, so raw strings are kept beside these values).
/// </summary>
/// <remarks>Thread safe. Matching of raw strings ignores case and surrounding whitespace.</remarks>
public static partial class StopSearchVocabulary
{
    private static readonly Vocabulary<SearchType> s_types = new(
        [
            (SearchType.Person, "Person search"),
            (SearchType.Vehicle, "Vehicle search"),
            (SearchType.PersonAndVehicle, "Person and Vehicle search"),
        ],
        [
            ("Person", SearchType.Person),
            ("Vehicle", SearchType.Vehicle),
            ("Person and vehicle", SearchType.PersonAndVehicle),
        ]);

    private static readonly Vocabulary<Gender> s_genders = new(
        [(Gender.Male, "Male"), (Gender.Female, "Female"), (Gender.Other, "Other")],
        [("M", Gender.Male), ("F", Gender.Female)]);

    private static readonly Vocabulary<AgeRange> s_ages = new(
        [
            (AgeRange.Under10, "under 10"),
            (AgeRange.From10To17, "10-17"),
            (AgeRange.From18To24, "18-24"),
            (AgeRange.From25To34, "25-34"),
            (AgeRange.Over34, "over 34"),
        ],
        [("10 - 17", AgeRange.From10To17), ("18 - 24", AgeRange.From18To24), ("25 - 34", AgeRange.From25To34), ("34+", AgeRange.Over34)]);

    private static readonly Vocabulary<SearchOutcome> s_outcomes = new(
        [
            (SearchOutcome.NoFurtherAction, "A no further action disposal"),
            (SearchOutcome.Arrest, "Arrest"),
            (SearchOutcome.SummonsOrChargedByPost, "Summons / charged by post"),
            (SearchOutcome.Caution, "Caution (simple or conditional)"),
            (SearchOutcome.PenaltyNotice, "Penalty Notice for Disorder"),
            (SearchOutcome.DrugsPossessionWarning, "Offender given drugs possession warning"),
            (SearchOutcome.CommunityResolution, "Community resolution"),
            (SearchOutcome.ArticleFoundOutcomeUnavailable, "Article found - Detailed outcome unavailable"),
        ],
        [
            // Older names (the 2016 files), replaced by 2018.
            ("Nothing found - no further action", SearchOutcome.NoFurtherAction),
            ("Suspect arrested", SearchOutcome.Arrest),
            ("Suspect summonsed to court", SearchOutcome.SummonsOrChargedByPost),
            ("Offender cautioned", SearchOutcome.Caution),
            ("Offender given penalty notice", SearchOutcome.PenaltyNotice),

            // Not an older name: the drugs warning appears under this name in 2018 files, after the change.
            ("Khat or Cannabis warning", SearchOutcome.DrugsPossessionWarning),
            ("Offender given a drugs possession warning", SearchOutcome.DrugsPossessionWarning),
            ("Local resolution", SearchOutcome.CommunityResolution),
            ("No further action", SearchOutcome.NoFurtherAction),
            ("Suspected psychoactive substances seized - No further action", SearchOutcome.NoFurtherAction),
        ]);

    private static readonly Vocabulary<EthnicGroup> s_groups = new(
        [
            (EthnicGroup.White, "White"),
            (EthnicGroup.Black, "Black"),
            (EthnicGroup.Asian, "Asian"),
            (EthnicGroup.Mixed, "Mixed"),
            (EthnicGroup.Other, "Other"),
        ],
        [
            ("Not stated", EthnicGroup.Unknown),
            ("Not Stated (NS)", EthnicGroup.Unknown),
            ("Other ethnic group - Not stated", EthnicGroup.Unknown),
        ]);

    /// <summary>Maps the raw "Type" to a search type.</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The type, or <see cref="SearchType.Unknown"/>.</returns>
    public static SearchType TypeFromRaw(ReadOnlySpan<char> raw) => s_types.FromRaw(raw);

    /// <summary>Maps the raw "Gender".</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The gender, or <see cref="Gender.Unknown"/> when blank or not recognised.</returns>
    public static Gender GenderFromRaw(ReadOnlySpan<char> raw) => s_genders.FromRaw(raw);

    /// <summary>Maps the raw "Age range".</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The age range, or <see cref="AgeRange.Unknown"/> when blank or not recognised.</returns>
    public static AgeRange AgeRangeFromRaw(ReadOnlySpan<char> raw) => s_ages.FromRaw(raw);

    /// <summary>Maps the raw "Outcome", including the names used before 2017.</summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The outcome, or <see cref="SearchOutcome.Unknown"/> when blank or not recognised.</returns>
    public static SearchOutcome OutcomeFromRaw(ReadOnlySpan<char> raw) => s_outcomes.FromRaw(raw);

    /// <summary>The display name of a search type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(SearchType value) => s_types.Name(value);

    /// <summary>The display name of a gender.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(Gender value) => s_genders.Name(value);

    /// <summary>The display name of an age range, as data.police.uk writes it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(AgeRange value) => s_ages.Name(value);

    /// <summary>The display name of an ethnic group.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(EthnicGroup value) => s_groups.Name(value);

    /// <summary>The display name of a search outcome, as data.police.uk writes it today.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The name, or "Unknown".</returns>
    public static string Name(SearchOutcome value) => s_outcomes.Name(value);
}
