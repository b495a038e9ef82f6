namespace Lantern.Data.Import;

/// <summary>
/// A stream read once from start to end, for the wrappers that watch a file as it is read (<see cref="ZipEntryStream"/>,
/// <see cref="HashingReadStream"/>, the web's capped request body): what <see cref="Stream"/> asks of every stream and
/// they do not do, said once. A subclass reads in <see cref="Read(Span{byte})"/>.
/// </summary>
internal abstract class ReadOnlyStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public abstract override int Read(Span<byte> buffer);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
