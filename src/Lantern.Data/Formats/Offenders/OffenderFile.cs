namespace Lantern.Data.Formats.Offenders;

/// <summary>
/// An offender records export as read: every valid row, and every error with its line and field. A file with any error
/// is imported not at all (person-level data is all or nothing: a half-imported person would be scored on half the facts).
/// </summary>
internal sealed class OffenderFile(string fileName, IReadOnlyList<OffenderExportRow> rows, IReadOnlyList<FileError> errors)
{
    public string FileName { get; } = fileName;

    public IReadOnlyList<OffenderExportRow> Rows { get; } = rows;

    public IReadOnlyList<FileError> Errors { get; } = errors;

    public bool IsValid => Errors.Count == 0;
}
