namespace Lantern.Data.Store;

/// <summary>What importing a boundary file did.</summary>
internal sealed record AreaImportResult(string Level, int Added, int Updated, int Unchanged, bool SameFileBefore);
