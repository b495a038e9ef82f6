using Lantern.Data.Formats.Population;

namespace Lantern.Data.Store;

/// <summary>What importing a population file did: areas (or links) added, changed and already there as they are.</summary>
internal sealed record PopulationImportResult(PopulationFileKind Kind, string? Census, int Added, int Updated, int Unchanged, bool SameFileBefore);
