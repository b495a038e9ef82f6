namespace Lantern.Core.StopSearch.Section60;

/// <summary>
/// The ladder of police ranks that Section 60's rules compare, and reading a rank as people write it. Territorial forces
/// and the Metropolitan Police name the top ranks differently; each title sits on one of nine steps:
/// constable, sergeant, inspector, chief inspector, superintendent, chief superintendent, assistant chief constable /
/// commander, deputy chief constable / deputy assistant commissioner, chief constable / assistant commissioner /
/// deputy commissioner / commissioner.
/// </summary>
/// <remarks>Pure and thread safe.</remarks>
public static class OfficerRanks
{
    private static readonly (OfficerRank Rank, int Level, string Slug, string Name, string[] Aliases)[] s_ranks =
    [
        (OfficerRank.Constable, 1, "constable", "constable", ["pc", "police constable", "dc", "detective constable"]),
        (OfficerRank.Sergeant, 2, "sergeant", "sergeant", ["ps", "sgt", "police sergeant", "ds", "detective sergeant"]),
        (OfficerRank.Inspector, 3, "inspector", "inspector", ["insp", "di", "detective inspector"]),
        (OfficerRank.ChiefInspector, 4, "chief-inspector", "chief inspector", ["ci", "ch insp", "chief insp", "dci", "detective chief inspector"]),
        (OfficerRank.Superintendent, 5, "superintendent", "superintendent", ["supt", "detective superintendent", "det supt"]),
        (OfficerRank.ChiefSuperintendent, 6, "chief-superintendent", "chief superintendent",
            ["ch supt", "chief supt", "c supt", "detective chief superintendent", "det ch supt"]),
        (OfficerRank.AssistantChiefConstable, 7, "assistant-chief-constable", "assistant chief constable", ["acc"]),
        (OfficerRank.Commander, 7, "commander", "commander", ["cmdr", "cdr"]),
        (OfficerRank.DeputyChiefConstable, 8, "deputy-chief-constable", "deputy chief constable", ["dcc"]),
        (OfficerRank.DeputyAssistantCommissioner, 8, "deputy-assistant-commissioner", "deputy assistant commissioner", ["dac"]),
        (OfficerRank.ChiefConstable, 9, "chief-constable", "chief constable", ["cc"]),
        (OfficerRank.AssistantCommissioner, 9, "assistant-commissioner", "assistant commissioner", ["ac"]),
        (OfficerRank.DeputyCommissioner, 9, "deputy-commissioner", "deputy commissioner", ["dep commissioner"]),
        (OfficerRank.Commissioner, 9, "commissioner", "commissioner", []),
    ];

    /// <summary>The rank's step on the ladder, 1 (constable) to 9 (chief constable and the Met's top three).</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>Its step.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a rank.</exception>
    public static int Level(OfficerRank rank) => Entry(rank).Level;

    /// <summary>Whether <paramref name="rank"/> is at <paramref name="minimum"/>'s step or above.</summary>
    /// <param name="rank">The rank held.</param>
    /// <param name="minimum">The lowest rank allowed.</param>
    /// <returns>True when the rank is senior enough.</returns>
    public static bool IsAtLeast(OfficerRank rank, OfficerRank minimum) => Level(rank) >= Level(minimum);

    /// <summary>The rank's short name for storage and typing, e.g. <c>chief-inspector</c>.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The slug.</returns>
    public static string Slug(OfficerRank rank) => Entry(rank).Slug;

    /// <summary>The rank in words, e.g. <c>chief inspector</c>.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>The name, lower case.</returns>
    public static string Name(OfficerRank rank) => Entry(rank).Name;

    /// <summary>
    /// The lowest ranks at a step, in words: "an assistant chief constable or commander" for step 7, so that a message says
    /// what each kind of force calls it.
    /// </summary>
    /// <param name="rank">Any rank at the step.</param>
    /// <returns>The titles at that step joined with "or", with an article.</returns>
    public static string NameWithEquivalents(OfficerRank rank)
    {
        int level = Level(rank);
        string[] names = [.. s_ranks.Where(r => r.Level == level).Select(r => r.Name)];
        string first = names[0];
        string article = "aeiou".Contains(first[0], StringComparison.Ordinal) ? "an" : "a";
        return $"{article} {string.Join(" or ", names)}";
    }

    /// <summary>
    /// Reads a rank: its slug, its name, or a common abbreviation (<c>supt</c>, <c>ACC</c>, <c>DAC</c>); case, hyphens,
    /// underscores, full stops and repeated spaces are ignored. Detective ranks are the same ranks.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="rank">The rank, when recognised.</param>
    /// <returns>Whether the text names a rank.</returns>
    public static bool TryParse(string? text, out OfficerRank rank)
    {
        string t = Normalise(text);
        foreach ((OfficerRank r, _, string slug, string name, string[] aliases) in s_ranks)
        {
            if (t == Normalise(slug) || t == name || aliases.Contains(t, StringComparer.Ordinal))
            {
                rank = r;
                return true;
            }
        }

        rank = default;
        return false;
    }

    /// <summary>Every rank's slug, from constable up.</summary>
    public static IReadOnlyList<string> Slugs { get; } = [.. s_ranks.Select(r => r.Slug)];

    private static (OfficerRank Rank, int Level, string Slug, string Name, string[] Aliases) Entry(OfficerRank rank)
    {
        foreach (var entry in s_ranks)
        {
            if (entry.Rank == rank)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(rank), rank, "Not a rank.");
    }

    private static string Normalise(string? text) =>
        string.Join(' ', (text ?? string.Empty).ToLowerInvariant().Replace('-', ' ').Replace('_', ' ').Replace(".", string.Empty, StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
