using System.Reflection;
using System.Runtime.CompilerServices;

namespace Lantern.Tests.Style;

/// <summary>House style rules 6 and 7, checked over every Lantern assembly rather than by review.</summary>
public sealed class TypeRulesTests
{
    private static readonly Assembly[] s_assemblies =
    [
        typeof(Core.Time.YearMonth).Assembly,
        typeof(Data.Store.SqliteStore).Assembly,
        typeof(Lantern.Cli.LanternCli).Assembly,
    ];

    [Fact]
    public void Classes_AreSealedStaticOrAbstract()
    {
        var open = s_assemblies.SelectMany(a => a.GetTypes())
            // Program: the top-level statements' class, which the web SDK also declares partial for test hosts.
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !IsCompilerGenerated(t) && !t.IsSubclassOf(typeof(Delegate)) && t.FullName != "Program")
            .Select(t => t.FullName)
            .ToList();
        Assert.True(open.Count == 0, "Not sealed (STYLE rule 6): " + string.Join(", ", open));
    }

    [Fact]
    public void RecordStructs_AreReadOnly()
    {
        var mutable = s_assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsValueType && !t.IsEnum && !IsCompilerGenerated(t) && t.GetMethod("<Clone>$") is null
                && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null
                && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();
        Assert.True(mutable.Count == 0, "Record structs that are not readonly (STYLE rule 7): " + string.Join(", ", mutable));
    }

    private static bool IsCompilerGenerated(Type t) =>
        t.GetCustomAttribute<CompilerGeneratedAttribute>() is not null || t.Name.Contains('<', StringComparison.Ordinal)
        || (t.DeclaringType is { } d && IsCompilerGenerated(d));
}
