namespace Lantern.Analysis;

/// <summary>
/// A file a recorded result was made with (its mask, its harm table) whose bytes are not those recorded: the file was
/// edited or replaced since the run, so the check computed the result from other input than the record's.
/// </summary>
/// <param name="File">What the file is to the run, as said to the user: "mask file", "harm file".</param>
/// <param name="Parameter">Where its SHA-256 is in the recorded parameters (<c>maskSha256</c>, <c>harmTable.sha256</c>).</param>
/// <param name="Path">The path recorded with the run.</param>
/// <param name="RecordedSha256">The SHA-256 of its bytes when the run was made (lower-case hex).</param>
/// <param name="Sha256">The SHA-256 of its bytes now.</param>
internal sealed record ChangedFile(string File, string Parameter, string Path, string RecordedSha256, string Sha256);
