namespace Lantern.Analysis;

/// <summary>One place where two JSON documents differ: its path, the value in each (raw JSON; null where absent), and whether it is only the last digits of a number.</summary>
internal sealed record JsonDifference(string Path, string? Then, string? Now, bool RoundingOnly);
