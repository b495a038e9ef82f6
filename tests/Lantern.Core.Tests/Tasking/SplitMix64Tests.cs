using Lantern.Core.Tasking;

namespace Lantern.Core.Tests.Tasking;

public class SplitMix64Tests
{
    [Fact]
    public void Next_SeedZero_MatchesTheReferenceOutput()
    {
        var rng = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, rng.Next()); // first output of Vigna's splitmix64.c seeded with 0
    }
}
