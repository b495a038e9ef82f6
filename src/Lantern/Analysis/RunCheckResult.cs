namespace Lantern.Analysis;

/// <summary>
/// A recorded run computed again: where its parameters, result and data inputs differ from the record, and the places
/// (cells) listed then and now, in rank order.
/// </summary>
internal sealed record RunCheckResult(long Run, string Kind, string? Force, string RecordedAt, string RecordedBy, string RecordedVersion,
    string Version, string RecordedSha256, string Sha256, IReadOnlyList<JsonDifference> Parameters, IReadOnlyList<JsonDifference> Result,
    IReadOnlyList<JsonDifference> Inputs, IReadOnlyList<string> PlacesThen, IReadOnlyList<string> PlacesNow)
{
    /// <summary>The same parameters and the same result, byte for byte.</summary>
    public bool Identical => Parameters.Count == 0 && Result.Count == 0;

    /// <summary>The same but for the last digits of some numbers (another processor's rounding).</summary>
    public bool SameButRounding => !Identical && Parameters.Count == 0 && Result.All(d => d.RoundingOnly);

    public bool Reproduced => Identical || SameButRounding;
}
