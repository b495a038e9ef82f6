namespace Lantern.Core.StopSearch;

/// <summary>
/// Counts body-worn video use (DOMAIN.md §5: "record whether it was on, and the reason if not"), overall and by a
/// grouping (team or area), from searches as a force records them. A builder: add searches, then <see cref="Build"/>.
/// </summary>
/// <remarks>Reasons are counted as written, trimmed, ignoring case. Not thread safe.</remarks>
public sealed class BodyWornVideoReport
{
    /// <summary>The reason shown for an unrecorded search whose reason is blank.</summary>
    public const string NoReason = "(no reason given)";

    private readonly Dictionary<string, Counts> _groups = new(StringComparer.Ordinal);
    private readonly Counts _all = new();

    /// <summary>Adds one search.</summary>
    /// <param name="group">Its team or area; null: "(none)".</param>
    /// <param name="recorded">Whether body-worn video recorded it; null when the record does not say.</param>
    /// <param name="reason">The reason given when not.</param>
    public void Add(string? group, bool? recorded, string? reason)
    {
        string name = string.IsNullOrWhiteSpace(group) ? "(none)" : group.Trim();
        if (!_groups.TryGetValue(name, out Counts? counts))
        {
            counts = new Counts();
            _groups[name] = counts;
        }

        counts.Add(recorded, reason);
        _all.Add(recorded, reason);
    }

    /// <summary>The total and every group, groups by number of searches, most first.</summary>
    /// <returns>The total (named "(all)") and the groups.</returns>
    public (BodyWornVideoGroup Total, IReadOnlyList<BodyWornVideoGroup> Groups) Build() =>
        (_all.Build("(all)"), [.. _groups.OrderByDescending(g => g.Value.Searches).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Value.Build(g.Key))]);

    private sealed class Counts
    {
        private readonly Dictionary<string, (string Text, long Count)> _reasons = new(StringComparer.OrdinalIgnoreCase);

        public long Searches { get; private set; }

        private long Recorded { get; set; }

        private long NotRecorded { get; set; }

        private long NotSaid { get; set; }

        public void Add(bool? recorded, string? reason)
        {
            Searches++;
            switch (recorded)
            {
                case true:
                    Recorded++;
                    break;
                case false:
                    NotRecorded++;
                    string text = string.IsNullOrWhiteSpace(reason) ? NoReason : reason.Trim();
                    (string first, long n) = _reasons.GetValueOrDefault(text, (text, 0));
                    _reasons[text] = (first, n + 1);
                    break;
                default:
                    NotSaid++;
                    break;
            }
        }

        public BodyWornVideoGroup Build(string name) => new()
        {
            Name = name,
            Searches = Searches,
            Recorded = new Proportion(Recorded, Recorded + NotRecorded),
            NotSaid = NotSaid,
            Reasons = [.. _reasons.Values.OrderByDescending(r => r.Count).ThenBy(r => r.Text, StringComparer.Ordinal)
                .Select(r => new KeyValuePair<string, long>(r.Text, r.Count))],
        };
    }
}
