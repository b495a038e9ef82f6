namespace Lantern.Analysis;

/// <summary>
/// A recorded run computed again: where its parameters, result and data inputs differ from the record, and the places
/// (cells) listed then and now, in rank order.
/// </summary>
internal sealed record RunCheckResult(long Run, string Kind, string? Force, string RecordedAt, string RecordedBy, string RecordedVersion,
    string Version, string RecordedSha256, string Sha256, IReadOnlyList<JsonDifference> Parameters, IReadOnlyList<JsonDifference> Result,
    IReadOnlyList<JsonDifference> Inputs, IReadOnlyList<string> PlacesThen, IReadOnlyList<string> PlacesNow)
{
    /// <summary>The files recorded with the run (mask, harm table) that have changed since: their SHA-256 then and now.</summary>
    public IReadOnlyList<ChangedFile> ChangedFiles { get; init; } = [];

    /// <summary>
    /// The same parameters, but for ones recorded only by later versions of Lantern (such as a file's SHA-256): absent from
    /// an older record, they cannot differ from it.
    /// </summary>
    public bool SameParameters => Parameters.All(d => d.Then is null);

    /// <summary>The same parameters and the same result, byte for byte.</summary>
    public bool Identical => SameParameters && Result.Count == 0;

    /// <summary>The same but for the last digits of some numbers (another processor's rounding).</summary>
    public bool SameButRounding => !Identical && SameParameters && Result.All(d => d.RoundingOnly);

    public bool Reproduced => Identical || SameButRounding;

    /// <summary>The check as <c>lantern runs check --json</c> prints it and the API returns it.</summary>
    public object Json() => new
    {
        run = Run,
        kind = Kind,
        force = Force,
        recordedAt = RecordedAt,
        recordedBy = RecordedBy,
        recordedLanternVersion = RecordedVersion,
        lanternVersion = Version,
        reproduced = Reproduced,
        identical = Identical,
        recordedResultSha256 = RecordedSha256,
        resultSha256 = Sha256,
        changedFiles = ChangedFiles,
        parameters = Parameters,
        result = Result,
        inputs = Inputs,
        placesRecorded = PlacesThen,
        placesNow = PlacesNow,
    };
}
