using Lantern.Analysis;

namespace Lantern.Tests.Analysis;

public sealed class JsonDifferencesTests
{
    [Fact]
    public void Between_NamesEachPathThatDiffers_AndTellsRoundingApart()
    {
        IReadOnlyList<JsonDifference> d = JsonDifferences.Between(
            """{"a":1,"b":{"c":[1,2,3]},"z":0.30000000000000004,"gone":true}""",
            """{"a":1,"b":{"c":[1,5]},"z":0.3,"new":"x"}""");

        Assert.Equal(
            [("b.c[1]", "2", "5", false), ("b.c[2]", "3", null, false), ("z", "0.30000000000000004", "0.3", true), ("gone", "true", null, false), ("new", null, "\"x\"", false)],
            d.Select(x => (x.Path, x.Then, x.Now, x.RoundingOnly)));
    }

    [Fact]
    public void Between_ListsOfSentences_ASentenceAddedIsOneDifference_NotAShiftOfAllAfterIt()
    {
        IReadOnlyList<JsonDifference> added = JsonDifferences.Between("""{"notes":["a","b","c"]}""", """{"notes":["new","a","b","c"]}""");
        IReadOnlyList<JsonDifference> reordered = JsonDifferences.Between("""{"notes":["a","b"]}""", """{"notes":["b","a"]}""");

        Assert.Equal([("notes[0]", (string?)null, (string?)"\"new\"")], added.Select(x => (x.Path, x.Then, x.Now)));
        Assert.Equal("notes", Assert.Single(reordered).Path);
        Assert.Empty(JsonDifferences.Between("""{"x":[1,"a"]}""", """{"x":[1,"a"]}"""));
    }
}
