namespace Lantern.Data.Formats.Population;

/// <summary>An area and the larger area it lies in (an MSOA in a borough, a borough in a force).</summary>
/// <param name="Line">The first line in its file that gives it.</param>
/// <param name="Level">msoa or borough.</param>
/// <param name="Code">The area's ONS code.</param>
/// <param name="ParentLevel">borough or force.</param>
/// <param name="ParentCode">The larger area's ONS code, or for a force its data.police.uk slug.</param>
/// <param name="ParentName">The larger area's name as the file gives it.</param>
internal sealed record AreaLink(long Line, string Level, string Code, string ParentLevel, string ParentCode, string? ParentName);
