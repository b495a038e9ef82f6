namespace Lantern.Core.StopSearch;

public static partial class StopSearchVocabulary
{
    // The high-level part (before " - ") of a self-defined label, in the 2011 census spelling used since about
    // 2017 and the 2001 spelling of older files (which carry a code such as "(W1)").
    private static readonly (string Prefix, EthnicGroup Group)[] s_groupPrefixes =
    [
        ("White", EthnicGroup.White),
        ("Black/African/Caribbean/Black British", EthnicGroup.Black),
        ("Black or Black British", EthnicGroup.Black),
        ("Asian/Asian British", EthnicGroup.Asian),
        ("Asian or Asian British", EthnicGroup.Asian),
        ("Mixed/Multiple ethnic groups", EthnicGroup.Mixed),
        ("Mixed", EthnicGroup.Mixed),
        ("Other ethnic group", EthnicGroup.Other),
        ("Chinese or other ethnic group", EthnicGroup.Other),
    ];

    /// <summary>
    /// Maps a raw self-defined or officer-defined ethnicity to its high-level group: "White - White British (W1)" →
    /// White, "Black/African/Caribbean/Black British - African" → Black, "Asian" → Asian.
    /// </summary>
    /// <param name="raw">The raw text.</param>
    /// <returns>The group; <see cref="EthnicGroup.Unknown"/> when blank, not stated ("Other ethnic group - Not
    /// stated", "Not Stated (NS)") or not recognised.</returns>
    /// <remarks>
    /// The 2001 label "Chinese or other ethnic group - Chinese (O1)" maps to <see cref="EthnicGroup.Other"/> as its
    /// own high-level group says; the 2011 label "Asian/Asian British - Chinese" maps to <see cref="EthnicGroup.Asian"/>.
    /// </remarks>
    public static EthnicGroup EthnicGroupFromRaw(ReadOnlySpan<char> raw)
    {
        ReadOnlySpan<char> text = raw.Trim();
        if (s_groups.TryFromRaw(text, out EthnicGroup group))
        {
            return group;
        }

        // Drop a trailing 2001 code such as " (W1)" or " (NS)".
        if (text.Length > 5 && text[^1] == ')' && text[^5] == ' ' && text[^4] == '(')
        {
            text = text[..^5].TrimEnd();
        }

        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        ReadOnlySpan<char> head = dash < 0 ? text : text[..dash].TrimEnd();
        ReadOnlySpan<char> detail = dash < 0 ? [] : text[(dash + 3)..].Trim();
        if (detail.Equals("Not stated", StringComparison.OrdinalIgnoreCase) || head.Equals("Not stated", StringComparison.OrdinalIgnoreCase))
        {
            return EthnicGroup.Unknown;
        }

        foreach ((string prefix, EthnicGroup g) in s_groupPrefixes)
        {
            if (head.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return g;
            }
        }

        return EthnicGroup.Unknown;
    }
}
