using System.Globalization;

namespace Lantern.Data.Import;

/// <summary>
/// A zip entry's stream that counts what it expands to and stops past the size the entry declares. The declared size is
/// held to <see cref="ZipLimits"/> before the entry is opened, so what is read is too; but it is only what the archive
/// says (System.IO.Compression stops a deflated entry at it, yet reads a stored one to its compressed size whatever it
/// declares), hence the count. Its archive stays open (<see cref="ImportSourceList"/>).
/// </summary>
internal sealed class ZipEntryStream : Stream
{
    private readonly Stream _inner;
    private readonly string _name;
    private readonly long _declared;
    private long _read;

    /// <param name="inner">The entry's own stream.</param>
    /// <param name="name">archive.zip!entry, for errors.</param>
    /// <param name="declared">The uncompressed size the archive declares.</param>
    public ZipEntryStream(Stream inner, string name, long declared)
    {
        _inner = inner;
        _name = name;
        _declared = declared;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = _inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new ZipEntryRefusedException(_name, $"the archive is damaged here: {e.Message}", e);
        }

        _read += n;
        if (_read > _declared)
        {
            throw new ZipEntryRefusedException(_name, string.Create(CultureInfo.InvariantCulture,
                $"holds more than the {_declared:N0} bytes the archive declares for it: the archive is damaged or forged"));
        }

        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
