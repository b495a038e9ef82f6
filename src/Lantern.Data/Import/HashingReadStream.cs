using System.Buffers;
using System.Security.Cryptography;

namespace Lantern.Data.Import;

/// <summary>
/// The stream a file is imported from. It hashes (SHA-256) the bytes as they are read, so that what was parsed can be held
/// to the hash the file was recognised by before anything of it is committed (a file changed between the two would
/// otherwise be stored under the first content's hash, and its new content never imported); and it turns a read that
/// fails part way into a <see cref="SourceReadException"/> naming the file, so that it is that file's error.
/// </summary>
internal sealed class HashingReadStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly string _name;
    private readonly bool _leaveOpen;
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <param name="inner">The file's own stream.</param>
    /// <param name="name">The file, for errors.</param>
    /// <param name="leaveOpen">Leave <paramref name="inner"/> open when this is disposed (to read it again from its start).</param>
    public HashingReadStream(Stream inner, string name, bool leaveOpen = false)
    {
        _inner = inner;
        _name = name;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Reads what is left to the end, then gives the SHA-256 of every byte read, in lower-case hex.</summary>
    public string HashToEnd()
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 17);
        try
        {
            while (Read(buffer) > 0)
            {
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _inner.Read(buffer);
        }
        catch (IOException e) when (e is not ImportSourceException)
        {
            // FileNotFoundException and the like come from opening, not reading: what reaches here failed part way.
            throw new SourceReadException(_name, $"a read failed part way through the file (a failing disk or network share?): {e.Message}", e);
        }

        _sha.AppendData(buffer[..n]);
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha.Dispose();
            if (!_leaveOpen)
            {
                _inner.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
