namespace Lantern.Data.Generation;

/// <summary>
/// Fictional street names: made-up combinations of common English street words. Any match with a real street
/// is a coincidence of the words, not a copy of a real town's layout.
/// </summary>
internal static class StreetNames
{
    private static readonly string[] s_stems =
    [
        "Alder", "Ashdown", "Beacon", "Birch", "Blackthorn", "Bramble", "Brook", "Candle", "Castle", "Cedar", "Chandler", "Chapel",
        "Clover", "Coppice", "Cowslip", "Dale", "Elder", "Elm", "Ember", "Farrier", "Fern", "Flax", "Forge", "Foundry", "Furnace",
        "Glebe", "Gorse", "Granary", "Hawthorn", "Hazel", "Heath", "Heron", "Holly", "Ivy", "Juniper", "Kiln", "Lamplighter",
        "Lantern", "Larch", "Linden", "Lock", "Maltings", "Maple", "Meadow", "Mill", "Moor", "Oak", "Orchard", "Osier", "Paddock",
        "Pinfold", "Poplar", "Quarry", "Reed", "Rowan", "Rush", "Saxon", "Sedge", "Sexton", "Shepherd", "Sorrel", "Spinney",
        "Spring", "Starling", "Tallow", "Tannery", "Teasel", "Thatch", "Thistle", "Tinder", "Tithe", "Torch", "Wharf", "Wick",
        "Willow", "Wren", "Yew", "Badger", "Bellfounder", "Cooper", "Cresset", "Drover", "Fletcher", "Glover", "Lamp", "Lumen",
        "Taper", "Weaver", "Wheelwright", "Beech", "Chestnut", "Damson", "Foxglove", "Kestrel", "Lark", "Nightingale", "Otter",
    ];

    private static readonly string[] s_suffixes =
    [
        "Street", "Road", "Lane", "Close", "Avenue", "Way", "Crescent", "Drive", "Grove", "Terrace", "Walk", "Row", "Gardens", "Place",
    ];

    /// <summary>Every stem-suffix combination in an order shuffled by the generator, so each seed names its streets differently.</summary>
    /// <param name="random">The generator.</param>
    /// <returns>The names.</returns>
    public static string[] Shuffled(DeterministicRandom random)
    {
        string[] names = new string[s_stems.Length * s_suffixes.Length];
        int k = 0;
        foreach (string stem in s_stems)
        {
            foreach (string suffix in s_suffixes)
            {
                names[k++] = stem + " " + suffix;
            }
        }

        for (int i = names.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (names[i], names[j]) = (names[j], names[i]);
        }

        return names;
    }
}
