using Lantern.Core.StopSearch;
using Lantern.Data.Store;

namespace Lantern.Data.Tests.Store;

public sealed class StopSearchQueryTests
{
    [Fact]
    public void PackedFields_EveryVocabularyFitsItsBits()
    {
        // The summary's read packs each vocabulary into 6 bits of one integer: a value of 64 or more would corrupt the next field.
        int limit = 1 << StopSearchQuery.FieldBits;
        Assert.All(new[]
        {
            Enum.GetValues<Legislation>().Max(v => (int)v), Enum.GetValues<ObjectOfSearch>().Max(v => (int)v), Enum.GetValues<SearchOutcome>().Max(v => (int)v),
            Enum.GetValues<AgeRange>().Max(v => (int)v), Enum.GetValues<Gender>().Max(v => (int)v), Enum.GetValues<EthnicGroup>().Max(v => (int)v),
        }, max => Assert.InRange(max, 0, limit - 1));
    }
}
