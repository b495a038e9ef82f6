namespace Lantern.Cli;

/// <summary>
/// A boundary file's import (AreasCommand.Import, for the command line and the web's upload): the report line when it was
/// stored, or why not with every error; and its warnings either way.
/// </summary>
internal sealed record BoundaryImport(string? Line, string? Refusal, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
