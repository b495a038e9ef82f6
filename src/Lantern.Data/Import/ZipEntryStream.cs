namespace Lantern.Data.Import;

/// <summary>A zip entry's stream that also closes its archive.</summary>
internal sealed class ZipEntryStream : Stream
{
    private readonly IDisposable _archive;
    private readonly Stream _inner;

    public ZipEntryStream(IDisposable archive, Stream inner)
    {
        _archive = archive;
        _inner = inner;
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

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _inner.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            _archive.Dispose();
        }

        base.Dispose(disposing);
    }
}
