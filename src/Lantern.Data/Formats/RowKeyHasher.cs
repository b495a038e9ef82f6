using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Lantern.Data.Formats;

/// <summary>
/// Row keys for de-duplication: the first 16 bytes (big-endian) of SHA-256 over the source kind, the occurrence
/// number and the raw record text.
/// </summary>
/// <remarks>
/// <para>The hashed bytes are: one byte, the <see cref="SourceKind"/> value; four bytes, the occurrence number
/// (little-endian int32: 0 for the first time a text appears in the file, 1 for the second, ...); then the record
/// text in UTF-8 exactly as in the file, without its line terminator and with any CRLF inside quoted fields read as
/// LF. Fixed-width fields come first so that no two inputs share bytes.</para>
/// <para>So re-importing a file, in its CRLF or LF version, gives the same keys; two identical rows in one file (two
/// anti-social behaviour reports in the same place and month have no crime id and are identical) get different
/// keys, and an identical row in another file gets the same key as its first copy. Keeps one 16-byte key per row
/// of the current file to count occurrences.</para>
/// <para>Rows are hashed eight at a time (<see cref="MultiBufferSha256"/>): <see cref="Add"/> them, then
/// <see cref="Flush"/> to get their keys in order. Not thread safe.</para>
/// </remarks>
internal sealed class RowKeyHasher : IDisposable
{
    private const int PrefixLength = 5;

    private readonly SourceKind _kind;
    private readonly RowKeySet _seen = new();
    private readonly Dictionary<UInt128, int> _repeats = [];
    private readonly int[] _offsets = new int[MultiBufferSha256.Lanes];
    private readonly int[] _paddedLengths = new int[MultiBufferSha256.Lanes];
    private readonly int[] _messageLengths = new int[MultiBufferSha256.Lanes];
    private readonly UInt128[] _digests = new UInt128[MultiBufferSha256.Lanes];
    private byte[] _buffer = new byte[MultiBufferSha256.Lanes * 512];
    private int _used;

    /// <summary>Creates a hasher for one file.</summary>
    /// <param name="kind">The file's kind, hashed into every key.</param>
    public RowKeyHasher(SourceKind kind) => _kind = kind;

    /// <summary>Rows added since the last <see cref="Flush"/>; at most <see cref="MultiBufferSha256.Lanes"/>.</summary>
    public int Pending { get; private set; }

    /// <summary>Whether the batch is full and must be flushed before the next <see cref="Add"/>.</summary>
    public bool IsFull => Pending == MultiBufferSha256.Lanes;

    /// <summary>Queues the next record of the file.</summary>
    /// <param name="rawRecord">The record text without its line terminator.</param>
    /// <exception cref="InvalidOperationException">The batch is full.</exception>
    public void Add(ReadOnlySpan<char> rawRecord)
    {
        if (IsFull)
        {
            throw new InvalidOperationException("Flush the row keys before adding more.");
        }

        int maxPadded = MultiBufferSha256.PaddedLength(PrefixLength + Encoding.UTF8.GetMaxByteCount(rawRecord.Length));
        if (_buffer.Length - _used < maxPadded)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + maxPadded));
        }

        Span<byte> target = _buffer.AsSpan(_used);
        int length = WriteMessage(_kind, 0, rawRecord, target);
        int padded = MultiBufferSha256.PaddedLength(length);
        MultiBufferSha256.Pad(target[..padded], length);
        _offsets[Pending] = _used;
        _paddedLengths[Pending] = padded;
        _messageLengths[Pending] = length;
        _used += padded;
        Pending++;
    }

    /// <summary>The keys of the rows added since the last flush, in order, counting earlier identical rows.</summary>
    /// <param name="keys">Receives <see cref="Pending"/> keys.</param>
    public void Flush(Span<UInt128> keys)
    {
        int count = Pending;
        Span<UInt128> digests = _digests.AsSpan(0, count);
        MultiBufferSha256.Hash128(_buffer, _offsets, _paddedLengths, _messageLengths, digests);
        for (int i = 0; i < count; i++)
        {
            UInt128 key = digests[i];
            if (!_seen.Add(key))
            {
                // A repeat: hash again with its occurrence number (rare, so one at a time).
                ref int occurrence = ref CollectionsMarshal.GetValueRefOrAddDefault(_repeats, key, out _);
                occurrence++;
                Span<byte> message = _buffer.AsSpan(_offsets[i], _messageLengths[i]);
                BinaryPrimitives.WriteInt32LittleEndian(message[1..], occurrence);
                key = Sha256Prefix(message);
            }

            keys[i] = key;
        }

        Pending = 0;
        _used = 0;
    }

    /// <summary>The key of the next record on its own (adds and flushes; requires an empty batch).</summary>
    /// <param name="rawRecord">The record text without its line terminator.</param>
    /// <returns>The key.</returns>
    public UInt128 Next(ReadOnlySpan<char> rawRecord)
    {
        Add(rawRecord);
        Span<UInt128> key = stackalloc UInt128[1];
        Flush(key);
        return key[0];
    }

    /// <summary>Returns the pooled key table.</summary>
    public void Dispose() => _seen.Dispose();

    /// <summary>The key of a record text at a given occurrence: the definition, computed directly.</summary>
    /// <param name="kind">The file kind.</param>
    /// <param name="occurrence">How many identical texts came before it in the file.</param>
    /// <param name="rawRecord">The record text without its line terminator.</param>
    /// <returns>The key.</returns>
    public static UInt128 Compute(SourceKind kind, int occurrence, ReadOnlySpan<char> rawRecord)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(PrefixLength + Encoding.UTF8.GetMaxByteCount(rawRecord.Length));
        try
        {
            int length = WriteMessage(kind, occurrence, rawRecord, buffer);
            return Sha256Prefix(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static UInt128 Sha256Prefix(ReadOnlySpan<byte> message)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(message, hash);
        return BinaryPrimitives.ReadUInt128BigEndian(hash);
    }

    private static int WriteMessage(SourceKind kind, int occurrence, ReadOnlySpan<char> rawRecord, Span<byte> target)
    {
        target[0] = (byte)kind;
        BinaryPrimitives.WriteInt32LittleEndian(target[1..], occurrence);
        int length = Encoding.UTF8.GetBytes(rawRecord, target[PrefixLength..]);
        if (rawRecord.Contains('\r'))
        {
            length = RemoveCrBeforeLf(target.Slice(PrefixLength, length));
        }

        return PrefixLength + length;
    }

    private static int RemoveCrBeforeLf(Span<byte> text)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'\r' && i + 1 < text.Length && text[i + 1] == (byte)'\n')
            {
                continue;
            }

            text[n++] = text[i];
        }

        return n;
    }
}
