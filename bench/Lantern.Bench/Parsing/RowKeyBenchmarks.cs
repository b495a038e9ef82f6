using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Lantern.Data.Formats;

namespace Lantern.Bench.Parsing;

/// <summary>
/// The row key's SHA-256 over generated street rows: one platform call per row (OpenSSL on Linux) against
/// Lantern's eight-lane <see cref="MultiBufferSha256"/> through <see cref="RowKeyHasher"/>. Explains why the reader
/// hashes in batches.
/// </summary>
[MemoryDiagnoser]
public class RowKeyBenchmarks
{
    private string[] _rows = [];

    /// <summary>Rows hashed.</summary>
    [Params(200_000)]
    public int Rows { get; set; }

    /// <summary>Builds the rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string text = Encoding.UTF8.GetString(StreetCsvGenerator.Generate(Rows, seed: 20240701));
        _rows = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)];
    }

    /// <summary>SHA-256 of each row's UTF-8 bytes, one call per row.</summary>
    /// <returns>XOR of the first digest bytes.</returns>
    [Benchmark(Baseline = true)]
    public int OneCallPerRow()
    {
        Span<byte> bytes = stackalloc byte[1024];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        int x = 0;
        foreach (string row in _rows)
        {
            int n = Encoding.UTF8.GetBytes(row, bytes);
            SHA256.HashData(bytes[..n], hash);
            x ^= hash[0];
        }

        return x;
    }

    /// <summary>Row keys as the reader makes them: eight rows per pass, occurrence counting included.</summary>
    /// <returns>XOR of the keys' low bits.</returns>
    [Benchmark]
    public ulong RowKeyHasherBatches()
    {
        using var hasher = new RowKeyHasher(SourceKind.Street);
        Span<UInt128> keys = stackalloc UInt128[MultiBufferSha256.Lanes];
        ulong x = 0;
        foreach (string row in _rows)
        {
            hasher.Add(row);
            if (hasher.IsFull)
            {
                hasher.Flush(keys);
                x ^= (ulong)keys[0];
            }
        }

        return x;
    }
}
