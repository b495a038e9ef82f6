namespace Lantern.Data.Tests.Formats;

/// <summary>
/// A read-only stream that returns at most a few bytes per read, to test buffer boundaries; and, given
/// <paramref name="failAt"/>, fails once that many bytes were read, as a file on a failing disk or share does; given
/// <paramref name="beforeRead"/>, calls it with the bytes read so far before each read (a test may hold the reader there).
/// </summary>
internal sealed class TrickleStream(byte[] data, int maxPerRead, int failAt = int.MaxValue, Action<int>? beforeRead = null) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        beforeRead?.Invoke(_position);
        if (_position >= failAt)
        {
            throw new IOException("The test's file failed part-way, as a disk or share can.");
        }

        int n = Math.Min(Math.Min(Math.Min(count, maxPerRead), data.Length - _position), failAt - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
