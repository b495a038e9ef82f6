using Lantern.Tests;

namespace Lantern.Browser.Tests;

/// <summary>
/// Where test runs leave files for people to look at: <c>$LANTERN_TEST_ARTIFACTS</c> when set, else TestResults/ at the
/// repository root (ignored by git).
/// </summary>
internal static class Artefacts
{
    public const string Variable = "LANTERN_TEST_ARTIFACTS";

    public static string Root { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(RealData.Repository ?? AppContext.BaseDirectory, "TestResults");

    public static string Screenshots => Path.Combine(Root, "screenshots");
}
