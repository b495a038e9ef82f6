using System.Runtime.CompilerServices;

namespace Lantern.Core.Tests;

/// <summary>
/// A fact that needs the real public data in <c>../shared/data</c> beside the repository (see its README). Where the
/// data is absent (a fresh clone elsewhere) the test is skipped with a message instead of failing.
/// </summary>
public sealed class RealDataFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the data folder is missing.</summary>
    public RealDataFactAttribute()
    {
        if (DataDirectory is null)
        {
            Skip = $"Real data not found: expected ../shared/data beside the folder holding Lantern.slnx (searched up from {AppContext.BaseDirectory}).";
        }
    }

    /// <summary>
    /// The repository root: the first folder above the test binaries that holds Lantern.slnx; when the binaries are
    /// built outside the repository (<c>--artifacts-path</c>), the first such folder above this source file; else null.
    /// </summary>
    public static string? RepositoryRoot { get; } = FindRoot(AppContext.BaseDirectory) ?? FindRoot(SourceDirectory());

    /// <summary><c>&lt;root&gt;/../shared/data</c> when it exists, else null.</summary>
    public static string? DataDirectory { get; } = RepositoryRoot is { } root
        && Path.GetFullPath(Path.Combine(root, "..", "shared", "data")) is { } data && Directory.Exists(data) ? data : null;

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? ".";

    private static string? FindRoot(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lantern.slnx")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
