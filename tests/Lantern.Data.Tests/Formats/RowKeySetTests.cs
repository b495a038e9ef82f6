using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed class RowKeySetTests
{
    [Fact]
    public void Add_ManyKeysTwice_SecondTimeFalseAndCountRight()
    {
        using var set = new RowKeySet();
        var random = new Random(5);
        var keys = new UInt128[100_000];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64());
        }

        Assert.All(keys, k => Assert.True(set.Add(k)));
        Assert.All(keys, k => Assert.False(set.Add(k)));
        Assert.Equal(keys.Length, set.Count);
    }

    [Fact]
    public void Add_KeysSharingLowBits_AllKept()
    {
        // Same low 64 bits (the hash) but different high bits: they collide and must probe.
        using var set = new RowKeySet();
        for (ulong high = 1; high <= 5_000; high++)
        {
            Assert.True(set.Add(new UInt128(high, 42)));
        }

        Assert.False(set.Add(new UInt128(17, 42)));
        Assert.Equal(5_000, set.Count);
    }

    [Fact]
    public void Add_Zero_TrackedLikeAnyKey()
    {
        using var set = new RowKeySet();

        Assert.True(set.Add(UInt128.Zero));
        Assert.False(set.Add(UInt128.Zero));
        Assert.Equal(1, set.Count);
    }
}
