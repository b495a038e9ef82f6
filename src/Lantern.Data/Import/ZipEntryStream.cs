using System.Globalization;

namespace Lantern.Data.Import;

/// <summary>
/// A zip entry's stream that counts what it expands to and stops past the size the entry declares, and at its end checks
/// that it held the declared size and the CRC-32 the archive records. The declared size is
/// held to <see cref="ZipLimits"/> before the entry is opened, so what is read is too; but it is only what the archive
/// says (System.IO.Compression stops a deflated entry at it, yet reads a stored one to its compressed size whatever it
/// declares), hence the count. Its archive stays open (<see cref="ImportSourceList"/>).
/// </summary>
internal sealed class ZipEntryStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly string _name;
    private readonly long _declared;
    private readonly uint _expectedCrc;
    private long _read;
    private uint _crc;

    /// <param name="inner">The entry's own stream.</param>
    /// <param name="name">archive.zip!entry, for errors.</param>
    /// <param name="declared">The uncompressed size the archive declares.</param>
    /// <param name="crc">The CRC-32 the archive records for the entry, checked when the entry has been read to its end.</param>
    public ZipEntryStream(Stream inner, string name, long declared, uint crc)
    {
        _inner = inner;
        _name = name;
        _declared = declared;
        _expectedCrc = crc;
    }

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

        _crc = Crc32.Append(_crc, buffer[..n]);
        if (n == 0 && buffer.Length > 0)
        {
            // The end: every byte was read, so what was read can be held to the archive's record of it. A bit flipped in
            // a stored entry, or a deflated one that still inflates, would otherwise be imported as if it were the data.
            if (_read < _declared)
            {
                throw new ZipEntryRefusedException(_name, string.Create(CultureInfo.InvariantCulture,
                    $"ends after {_read:N0} of the {_declared:N0} bytes the archive declares for it: the archive is damaged or cut short"));
            }

            if (_crc != _expectedCrc)
            {
                throw new ZipEntryRefusedException(_name, string.Create(CultureInfo.InvariantCulture,
                    $"is damaged: its CRC-32 is {_crc:x8}, the archive records {_expectedCrc:x8}"));
            }
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
