namespace Lantern.Web.Services;

/// <summary>
/// A request body held to a size by the app rather than by Kestrel: past it, a read throws a 413
/// <see cref="BadHttpRequestException"/> as Kestrel's own limit does, but the request's body can still be read on (to
/// drop the rest, so that the client still sending reads the answer instead of a broken connection). Kestrel's limit,
/// set higher, still bounds how much is read in all.
/// </summary>
internal sealed class CappedBodyStream(Stream body, long cap) : Lantern.Data.Import.ReadOnlyStream
{
    private long _read;

    /// <summary>Whether a read passed the cap.</summary>
    public bool Passed { get; private set; }

    public override int Read(Span<byte> buffer) => Count(body.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await body.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int n)
    {
        _read += n;
        if (_read > cap)
        {
            Passed = true;
            throw new BadHttpRequestException($"Request body too large: over {cap:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        return n;
    }
}
