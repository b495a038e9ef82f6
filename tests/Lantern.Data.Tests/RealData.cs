using System.Runtime.CompilerServices;

namespace Lantern.Data.Tests;

/// <summary>
/// Where the shared real data lives (<c>../shared/data</c> beside the repository root) and attributes for tests that
/// need it, which skip with a message when it is absent (a fresh clone elsewhere has none). Never copy the data
/// into the repository.
/// </summary>
public static class RealData
{
    internal const string Missing =
        "Real data not found: expected ../shared/data beside the repository root (or LANTERN_SHARED_DATA). See shared/data/README.md.";

    private static readonly Lazy<string?> s_root = new(Find);

    /// <summary>The data folder, or null when absent.</summary>
    public static string? Root => s_root.Value;

    /// <summary>Whether the data folder exists.</summary>
    public static bool IsAvailable => Root is not null;

    /// <summary>A path under the data folder.</summary>
    /// <param name="parts">Path parts below <c>shared/data</c>.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="InvalidOperationException">The data is absent (the test should have been skipped).</exception>
    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException(Missing), .. parts]);

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("LANTERN_SHARED_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        // The test binaries usually sit under the repository; with --artifacts-path they do not, so the source path
        // of this file (known at compile time) is the second place to look.
        foreach (string start in (string[])[AppContext.BaseDirectory, SourceDirectory()])
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lantern.slnx")))
                {
                    string data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                    return Directory.Exists(data) ? data : null;
                }
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path) ?? ".";

    /// <summary>A fact that needs the real data: skipped with a message when it is absent.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class FactAttribute : Xunit.FactAttribute
    {
        /// <summary>Sets <see cref="Xunit.FactAttribute.Skip"/> when the data is absent.</summary>
        public FactAttribute()
        {
            if (!IsAvailable)
            {
                Skip = Missing;
            }
        }
    }

    /// <summary>A theory that needs the real data: skipped with a message when it is absent.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class TheoryAttribute : Xunit.TheoryAttribute
    {
        /// <summary>Sets <see cref="Xunit.FactAttribute.Skip"/> when the data is absent.</summary>
        public TheoryAttribute()
        {
            if (!IsAvailable)
            {
                Skip = Missing;
            }
        }
    }
}
