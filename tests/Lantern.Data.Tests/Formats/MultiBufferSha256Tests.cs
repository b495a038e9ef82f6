using System.Buffers.Binary;
using System.Security.Cryptography;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed class MultiBufferSha256Tests
{
    private static UInt128[] HashAll(byte[][] messages)
    {
        int total = messages.Sum(m => MultiBufferSha256.PaddedLength(m.Length));
        byte[] buffer = new byte[total];
        int[] offsets = new int[messages.Length];
        int[] padded = new int[messages.Length];
        int[] lengths = new int[messages.Length];
        int at = 0;
        for (int i = 0; i < messages.Length; i++)
        {
            offsets[i] = at;
            lengths[i] = messages[i].Length;
            padded[i] = MultiBufferSha256.PaddedLength(lengths[i]);
            messages[i].CopyTo(buffer, at);
            MultiBufferSha256.Pad(buffer.AsSpan(at, padded[i]), lengths[i]);
            at += padded[i];
        }

        var digests = new UInt128[messages.Length];
        MultiBufferSha256.Hash128(buffer, offsets, padded, lengths, digests);
        return digests;
    }

    private static UInt128 Reference(byte[] message) => BinaryPrimitives.ReadUInt128BigEndian(SHA256.HashData(message));

    [Fact]
    public void Hash128_FipsVectorAbc_MatchesPublishedDigest()
    {
        // FIPS 180-4 example "abc": ba7816bf 8f01cfea 414140de 5dae2223 b00361a3 ...; hashed in a batch with a
        // second message so that the vector path runs.
        UInt128[] digests = HashAll(["abc"u8.ToArray(), []]);

        Assert.Equal(UInt128.Parse("ba7816bf8f01cfea414140de5dae2223", System.Globalization.NumberStyles.HexNumber, null), digests[0]);
    }

    [Theory]
    [InlineData(0, 55, 56, 63, 64, 119, 120, 1000)] // padding edges: 55 fits one block, 56 needs two; 64 and 120 likewise
    [InlineData(200, 201, 203, 207, 210, 230, 240, 250)] // street-row lengths, mixed block counts
    [InlineData(5, 5, 5, 5, 5, 5, 5, 5)] // eight identical messages
    [InlineData(3000, 1, 2, 3, 0, 0, 0, 0)] // one long message beside short ones and empties
    public void Hash128_EightMessages_SameAsSha256(int l0, int l1, int l2, int l3, int l4, int l5, int l6, int l7)
    {
        var random = new Random(l0 + l7);
        byte[][] messages = [.. new[] { l0, l1, l2, l3, l4, l5, l6, l7 }.Select(n =>
        {
            byte[] m = new byte[n];
            random.NextBytes(m);
            return m;
        })];

        UInt128[] digests = HashAll(messages);

        Assert.Equal(messages.Select(Reference), digests);
    }

    [Fact]
    public void Hash128_RandomBatchesOfEverySize_SameAsSha256()
    {
        var random = new Random(180_4);
        for (int round = 0; round < 500; round++)
        {
            byte[][] messages = new byte[random.Next(1, MultiBufferSha256.Lanes + 1)][];
            for (int i = 0; i < messages.Length; i++)
            {
                messages[i] = new byte[random.Next(0, 700)];
                random.NextBytes(messages[i]);
            }

            Assert.Equal(messages.Select(Reference), HashAll(messages));
        }
    }

    [Fact]
    public void Hash128_TooManyMessages_Throws()
    {
        byte[] buffer = new byte[64 * 9];
        int[] zeros = new int[9];

        Assert.Throws<ArgumentOutOfRangeException>(() => MultiBufferSha256.Hash128(buffer, zeros, zeros, zeros, new UInt128[9]));
    }

    [Fact]
    public void RowKeyHasher_BatchOfEight_SameAsDefinition()
    {
        using var hasher = new RowKeyHasher(SourceKind.Outcomes);
        string[] rows = [.. Enumerable.Range(0, 8).Select(i => $"row {i},{new string('x', i * 13)},é")];
        foreach (string row in rows)
        {
            hasher.Add(row);
        }

        var keys = new UInt128[8];
        hasher.Flush(keys);

        Assert.Equal(rows.Select(r => RowKeyHasher.Compute(SourceKind.Outcomes, 0, r)), keys);
        Assert.Equal(0, hasher.Pending);
    }
}
