namespace Lantern.Tests;

/// <summary>
/// Where the shared real police data lives: &lt;repository&gt;/../shared/data, when it is there. Also compiled into
/// Lantern.Browser.Tests.
/// </summary>
internal static class RealData
{
    /// <summary>The repository's root folder (the one holding Lantern.slnx), or null when the tests run from elsewhere.</summary>
    public static string? Repository { get; } = FindRepository(AppContext.BaseDirectory) ?? FindRepository(SourceDirectory());

    public static string? Root { get; } = Find();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Root ?? throw new InvalidOperationException("Real data is absent: the test should have been skipped."), .. parts]);

    private static string? Find()
    {
        if (Repository is null)
        {
            return null;
        }

        string data = System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository, "..", "shared", "data"));
        return Directory.Exists(System.IO.Path.Combine(data, "police")) ? data : null;
    }

    // Builds with --artifacts-path put the binaries outside the repository: then the source file's own path finds it.
    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        System.IO.Path.GetDirectoryName(path) ?? ".";

    private static string? FindRepository(string start)
    {
        for (DirectoryInfo? d = new(start); d is not null; d = d.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(d.FullName, "Lantern.slnx")))
            {
                return d.FullName;
            }
        }

        return null;
    }
}
