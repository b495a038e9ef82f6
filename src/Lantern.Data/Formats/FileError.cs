using System.Globalization;

namespace Lantern.Data.Formats;

/// <summary>A file that cannot be read at all: unreadable or unrecognised header.</summary>
/// <param name="File">The file name.</param>
/// <param name="Line">The physical line number (1 for the header).</param>
/// <param name="Field">The column at fault, or "(header)".</param>
/// <param name="Reason">What was wrong.</param>
internal sealed record FileError(string File, long Line, string Field, string Reason)
{
    /// <summary>The error as "file line N, field 'F': reason".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}, field '{Field}': {Reason}");
}
