using System.Diagnostics.CodeAnalysis;

namespace Lantern.Data.Formats;

/// <summary>The result of <see cref="PoliceFileReader.Open"/>: a reader, or the reason the file cannot be read.</summary>
internal sealed class PoliceFileOpenResult
{
    private PoliceFileOpenResult(PoliceFileReader? reader, FileError? error)
    {
        Reader = reader;
        Error = error;
    }

    /// <summary>The reader, positioned after the header; null when <see cref="Error"/> is set.</summary>
    public PoliceFileReader? Reader { get; }

    /// <summary>Why the file cannot be read; null on success.</summary>
    public FileError? Error { get; }

    /// <summary>Whether the header was recognised.</summary>
    [MemberNotNullWhen(true, nameof(Reader))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Reader is not null;

    /// <summary>A success.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The result.</returns>
    public static PoliceFileOpenResult Success(PoliceFileReader reader) => new(reader, null);

    /// <summary>A failure.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static PoliceFileOpenResult Failure(FileError error) => new(null, error);
}
