namespace Lantern.Data.Tests.Formats;

/// <summary>
/// A seekable file whose content is rewritten in place once it has been read to its end: read again from the start, it
/// gives <c>then</c>, as a file open on disk does when another program writes over it.
/// </summary>
internal sealed class RewrittenStream(byte[] first, byte[] then) : Stream
{
    private MemoryStream _current = new(first, writable: false);
    private bool _rewritten;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _current.Length;

    public override long Position
    {
        get => _current.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => _current.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin)
    {
        if (!_rewritten && _current.Position == _current.Length)
        {
            _rewritten = true;
            _current = new MemoryStream(then, writable: false);
        }

        return _current.Seek(offset, origin);
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
