using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary>Opening the store for commands that read: a database that does not exist yet is bad input, not an empty answer.</summary>
internal static class StoreOption
{
    public static LanternStore OpenExisting(string database) =>
        LanternStore.OpenExisting(database)
        ?? throw new CliException($"{LanternStore.DisplayName(database)}: no such database. Import data first ('lantern import <path>'), " +
            "or name one with --db or LANTERN_DB.");
}
