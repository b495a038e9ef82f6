using Lantern.Core.StopSearch;

namespace Lantern.Data.Store;

/// <summary>The census residents of an area by ethnic group, and how they were found (as imported, or summed from smaller areas).</summary>
/// <param name="Census">census2021 or census2011.</param>
/// <param name="Level">lsoa, msoa, borough or force.</param>
/// <param name="Code">The area's ONS code, or the force's slug.</param>
/// <param name="Name">The area's name, when a file gave one.</param>
/// <param name="Groups">Residents by group.</param>
/// <param name="Method">How the counts were found, for the reader: "Census 2021, as imported", "Census 2021, summed from its 32 boroughs".</param>
internal sealed record AreaResidents(string Census, string Level, string Code, string? Name, EthnicGroupCounts Groups, string Method);
