using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;

namespace Lantern.Data.Formats;

/// <summary>
/// SHA-256 (FIPS 180-4) of up to eight messages at once, one per 32-bit lane of a <see cref="Vector256{T}"/>, for the
/// row keys. Gives exactly the digests of <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> (tested).
/// </summary>
/// <remarks>
/// Why: row keys are one SHA-256 per row, and one call into the platform's SHA-256 (OpenSSL on Linux) costs about
/// half a microsecond for a 200-byte street row, mostly per-call overhead: alone it would use half of the import's
/// budget of a microsecond a row. Eight rows per pass cost about a quarter of that (RowKeyBenchmarks in
/// bench/Lantern.Bench/Parsing). Messages are given already padded (<see cref="Pad"/>). Without hardware vectors
/// each message goes to <see cref="SHA256"/> instead.
/// </remarks>
internal static class MultiBufferSha256
{
    /// <summary>Messages hashed per pass.</summary>
    public const int Lanes = 8;

    private static readonly uint[] s_k =
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static readonly byte[] s_zeroBlock = new byte[64];

    private static readonly uint[] s_initial =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    /// <summary>Whether the vector path runs on this machine (else each message is hashed on its own).</summary>
    public static bool IsVectorized => Vector256.IsHardwareAccelerated;

    /// <summary>The padded length of a message: the message, 0x80, zeros, and its length in bits, in 64-byte blocks.</summary>
    /// <param name="messageLength">Bytes in the message.</param>
    /// <returns>Bytes after padding, a multiple of 64.</returns>
    public static int PaddedLength(int messageLength) => (messageLength + 9 + 63) & ~63;

    /// <summary>Pads a message in place (FIPS 180-4 §5.1.1).</summary>
    /// <param name="padded">The message in its first <paramref name="messageLength"/> bytes; <see cref="PaddedLength"/> bytes long.</param>
    /// <param name="messageLength">Bytes in the message.</param>
    public static void Pad(Span<byte> padded, int messageLength)
    {
        padded[messageLength] = 0x80;
        padded[(messageLength + 1)..^8].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(padded[^8..], (ulong)messageLength * 8);
    }

    /// <summary>The first 16 bytes (big-endian) of the SHA-256 of each padded message.</summary>
    /// <param name="buffer">Holds the padded messages.</param>
    /// <param name="offsets">Where each padded message starts in <paramref name="buffer"/>.</param>
    /// <param name="paddedLengths">Each padded length (a multiple of 64).</param>
    /// <param name="messageLengths">Each unpadded length (used only without hardware vectors).</param>
    /// <param name="digests">Receives one value per message; up to <see cref="Lanes"/>.</param>
    public static void Hash128(
        ReadOnlySpan<byte> buffer, ReadOnlySpan<int> offsets, ReadOnlySpan<int> paddedLengths, ReadOnlySpan<int> messageLengths, Span<UInt128> digests)
    {
        int count = digests.Length;
        if (count > Lanes || offsets.Length < count || paddedLengths.Length < count || messageLengths.Length < count)
        {
            throw new ArgumentOutOfRangeException(nameof(digests), count, "At most eight messages, each with an offset and lengths.");
        }

        if (!IsVectorized || count == 1)
        {
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            for (int i = 0; i < count; i++)
            {
                SHA256.HashData(buffer.Slice(offsets[i], messageLengths[i]), hash);
                digests[i] = BinaryPrimitives.ReadUInt128BigEndian(hash);
            }

            return;
        }

        HashVectorized(buffer, offsets, paddedLengths, digests);
    }

    private static void HashVectorized(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> offsets, ReadOnlySpan<int> paddedLengths, Span<UInt128> digests)
    {
        int count = digests.Length;
        Span<int> blocks = stackalloc int[Lanes];
        int maxBlocks = 0;
        for (int i = 0; i < count; i++)
        {
            blocks[i] = paddedLengths[i] / 64;
            maxBlocks = Math.Max(maxBlocks, blocks[i]);
        }

        Vector256<uint> h0 = Vector256.Create(s_initial[0]);
        Vector256<uint> h1 = Vector256.Create(s_initial[1]);
        Vector256<uint> h2 = Vector256.Create(s_initial[2]);
        Vector256<uint> h3 = Vector256.Create(s_initial[3]);
        Vector256<uint> h4 = Vector256.Create(s_initial[4]);
        Vector256<uint> h5 = Vector256.Create(s_initial[5]);
        Vector256<uint> h6 = Vector256.Create(s_initial[6]);
        Vector256<uint> h7 = Vector256.Create(s_initial[7]);
        Span<Vector256<uint>> w = stackalloc Vector256<uint>[16];
        ref Vector256<uint> w0 = ref MemoryMarshal.GetReference(w);
        ref uint k0 = ref MemoryMarshal.GetArrayDataReference(s_k);
        ReadOnlySpan<byte> zeros = s_zeroBlock;
        for (int b = 0; b < maxBlocks; b++)
        {
            // Transpose: word t of every lane's block b into one vector. A lane already finished (or unused)
            // reads a zero block and keeps its state (masked below).
            ref byte l0 = ref BlockStart(buffer, offsets, blocks, count, 0, b, zeros);
            ref byte l1 = ref BlockStart(buffer, offsets, blocks, count, 1, b, zeros);
            ref byte l2 = ref BlockStart(buffer, offsets, blocks, count, 2, b, zeros);
            ref byte l3 = ref BlockStart(buffer, offsets, blocks, count, 3, b, zeros);
            ref byte l4 = ref BlockStart(buffer, offsets, blocks, count, 4, b, zeros);
            ref byte l5 = ref BlockStart(buffer, offsets, blocks, count, 5, b, zeros);
            ref byte l6 = ref BlockStart(buffer, offsets, blocks, count, 6, b, zeros);
            ref byte l7 = ref BlockStart(buffer, offsets, blocks, count, 7, b, zeros);
            for (int t = 0; t < 16; t++)
            {
                nint at = t * 4;
                Unsafe.Add(ref w0, t) = Vector256.Create(
                    Word(ref l0, at), Word(ref l1, at), Word(ref l2, at), Word(ref l3, at),
                    Word(ref l4, at), Word(ref l5, at), Word(ref l6, at), Word(ref l7, at));
            }

            // Eight rounds per step with the working variables renamed instead of shifted (FIPS 180-4 §6.2.2).
            Vector256<uint> a = h0, bb = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
            for (int t = 0; t < 64; t += 8)
            {
                Round(a, bb, c, ref d, e, f, g, ref h, Schedule(ref w0, ref k0, t));
                Round(h, a, bb, ref c, d, e, f, ref g, Schedule(ref w0, ref k0, t + 1));
                Round(g, h, a, ref bb, c, d, e, ref f, Schedule(ref w0, ref k0, t + 2));
                Round(f, g, h, ref a, bb, c, d, ref e, Schedule(ref w0, ref k0, t + 3));
                Round(e, f, g, ref h, a, bb, c, ref d, Schedule(ref w0, ref k0, t + 4));
                Round(d, e, f, ref g, h, a, bb, ref c, Schedule(ref w0, ref k0, t + 5));
                Round(c, d, e, ref f, g, h, a, ref bb, Schedule(ref w0, ref k0, t + 6));
                Round(bb, c, d, ref e, f, g, h, ref a, Schedule(ref w0, ref k0, t + 7));
            }

            Vector256<uint> active = Vector256.GreaterThan(
                Vector256.Create(blocks[0], blocks[1], blocks[2], blocks[3], blocks[4], blocks[5], blocks[6], blocks[7]),
                Vector256.Create(b)).AsUInt32();
            h0 += a & active;
            h1 += bb & active;
            h2 += c & active;
            h3 += d & active;
            h4 += e & active;
            h5 += f & active;
            h6 += g & active;
            h7 += h & active;
        }

        for (int i = 0; i < count; i++)
        {
            digests[i] = new UInt128(((ulong)h0.GetElement(i) << 32) | h1.GetElement(i), ((ulong)h2.GetElement(i) << 32) | h3.GetElement(i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref byte BlockStart(
        ReadOnlySpan<byte> buffer, ReadOnlySpan<int> offsets, ReadOnlySpan<int> blocks, int count, int lane, int block, ReadOnlySpan<byte> zeros) =>
        ref lane < count && block < blocks[lane]
            ? ref MemoryMarshal.GetReference(buffer.Slice(offsets[lane] + (block * 64), 64))
            : ref MemoryMarshal.GetReference(zeros);

    // The caller guarantees 64 readable bytes from the block start (a sliced block or the zero block).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Word(ref byte blockStart, nint at) =>
        BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref blockStart, at)));

    // W[t] + K[t], computing W[t] from the previous sixteen (kept in a ring) from round 16 on.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Schedule(ref Vector256<uint> w0, ref uint k0, int t)
    {
        ref Vector256<uint> slot = ref Unsafe.Add(ref w0, t & 15);
        if (t >= 16)
        {
            Vector256<uint> w15 = Unsafe.Add(ref w0, (t - 15) & 15);
            Vector256<uint> w2 = Unsafe.Add(ref w0, (t - 2) & 15);
            slot += SmallSigma0(w15) + Unsafe.Add(ref w0, (t - 7) & 15) + SmallSigma1(w2);
        }

        return slot + Vector256.Create(Unsafe.Add(ref k0, t));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(
        Vector256<uint> a, Vector256<uint> b, Vector256<uint> c, ref Vector256<uint> d,
        Vector256<uint> e, Vector256<uint> f, Vector256<uint> g, ref Vector256<uint> h, Vector256<uint> wk)
    {
        Vector256<uint> t1 = h + BigSigma1(e) + (g ^ (e & (f ^ g))) + wk;
        d += t1;
        h = t1 + BigSigma0(a) + ((a & b) | (c & (a | b)));
    }

    // The rotation counts are literals in each function so that the AVX-512 rotate gets its immediate operand.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> BigSigma0(Vector256<uint> x) => Avx512F.VL.IsSupported
        ? Avx512F.VL.RotateRight(x, 2) ^ Avx512F.VL.RotateRight(x, 13) ^ Avx512F.VL.RotateRight(x, 22)
        : Rotr(x, 2) ^ Rotr(x, 13) ^ Rotr(x, 22);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> BigSigma1(Vector256<uint> x) => Avx512F.VL.IsSupported
        ? Avx512F.VL.RotateRight(x, 6) ^ Avx512F.VL.RotateRight(x, 11) ^ Avx512F.VL.RotateRight(x, 25)
        : Rotr(x, 6) ^ Rotr(x, 11) ^ Rotr(x, 25);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> SmallSigma0(Vector256<uint> x) => Avx512F.VL.IsSupported
        ? Avx512F.VL.RotateRight(x, 7) ^ Avx512F.VL.RotateRight(x, 18) ^ Vector256.ShiftRightLogical(x, 3)
        : Rotr(x, 7) ^ Rotr(x, 18) ^ Vector256.ShiftRightLogical(x, 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> SmallSigma1(Vector256<uint> x) => Avx512F.VL.IsSupported
        ? Avx512F.VL.RotateRight(x, 17) ^ Avx512F.VL.RotateRight(x, 19) ^ Vector256.ShiftRightLogical(x, 10)
        : Rotr(x, 17) ^ Rotr(x, 19) ^ Vector256.ShiftRightLogical(x, 10);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Rotr(Vector256<uint> x, [ConstantExpected(Min = 1, Max = 31)] int n) =>
        Vector256.ShiftRightLogical(x, n) | Vector256.ShiftLeft(x, 32 - n);
}
