using Lantern.Core.StopSearch;

namespace Lantern.Data.Formats.Population;

/// <summary>One area's census residents by the five high-level ethnic groups.</summary>
/// <param name="Line">The row's line in its file.</param>
/// <param name="Level">lsoa, msoa, borough (a local authority) or force.</param>
/// <param name="Code">The ONS code, or for a force its data.police.uk slug.</param>
/// <param name="Name">The area's name as the file gives it.</param>
/// <param name="AllResidents">All usual residents; always the sum of the five groups (checked when read).</param>
/// <param name="Groups">Residents by group.</param>
internal sealed record CensusRow(long Line, string Level, string Code, string? Name, long AllResidents, EthnicGroupCounts Groups);
