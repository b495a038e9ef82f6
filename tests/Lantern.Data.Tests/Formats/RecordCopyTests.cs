using System.Reflection;
using Lantern.Core.Time;
using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

/// <summary>The import keeps rows by copying the reader's reused records: a field CopyTo forgets would be lost silently.</summary>
public sealed class RecordCopyTests
{
    [Fact]
    public void CopyTo_CrimeRecord_CopiesEveryProperty() => AssertCopiesEverything(new CrimeRecord(), (a, b) => a.CopyTo(b));

    [Fact]
    public void CopyTo_OutcomeRecord_CopiesEveryProperty() => AssertCopiesEverything(new OutcomeRecord(), (a, b) => a.CopyTo(b));

    [Fact]
    public void CopyTo_StopSearchRecord_CopiesEveryProperty() => AssertCopiesEverything(new StopSearchRecord(), (a, b) => a.CopyTo(b));

    private static void AssertCopiesEverything<T>(T source, Action<T, T> copy)
        where T : new()
    {
        PropertyInfo[] properties = [.. typeof(T).GetProperties().Where(p => p.CanWrite)];
        foreach (PropertyInfo p in properties)
        {
            p.SetValue(source, SampleValue(p.PropertyType, p.Name));
        }

        var target = new T();
        copy(source, target);
        foreach (PropertyInfo p in properties)
        {
            Assert.True(Equals(p.GetValue(source), p.GetValue(target)), $"{typeof(T).Name}.{p.Name} is not copied");
        }
    }

    // A value unlike the default of each type, so a property left uncopied shows.
    private static object SampleValue(Type type, string name)
    {
        Type t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(string) => name + " value",
            _ when t == typeof(double) => 123.5,
            _ when t == typeof(bool) => true,
            _ when t == typeof(YearMonth) => new YearMonth(2024, 7),
            _ when t == typeof(DateTime) => new DateTime(2024, 7, 1, 22, 10, 0),
            _ when t == typeof(DateTimeOffset) => new DateTimeOffset(2024, 7, 1, 21, 10, 0, TimeSpan.Zero),
            _ when t.IsEnum => Enum.GetValues(t).GetValue(1)!, // every vocabulary has Unknown = 0 and at least one more value
            _ => throw new InvalidOperationException($"No sample value for {t.Name} ({name}): add one."),
        };
    }
}
