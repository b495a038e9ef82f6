using Lantern.Data.Formats;

namespace Lantern.Data.Tests.Formats;

public sealed class StringPoolTests
{
    [Fact]
    public void Get_SameTextTwice_SameInstance()
    {
        var pool = new StringPool();

        string a = pool.Get("Burglary".AsSpan());
        string b = pool.Get("xBurglary".AsSpan(1));

        Assert.Same(a, b);
    }

    [Fact]
    public void Get_WithLast_ReturnsLastWhenEqual()
    {
        var pool = new StringPool();
        string? last = null;

        string a = pool.Get("W01001680", ref last);
        string b = pool.Get("W01001680", ref last);
        string c = pool.Get("W01001681", ref last);

        Assert.Same(a, b);
        Assert.Equal("W01001681", c);
        Assert.Same(c, last);
    }

    [Fact]
    public void Get_BeyondCapacity_StaysBounded()
    {
        var pool = new StringPool();
        for (int i = 0; i < StringPool.Capacity + 10; i++)
        {
            _ = pool.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.True(pool.Count <= StringPool.Capacity);
    }

    [Fact]
    public void Get_Empty_IsStringEmpty() => Assert.Same(string.Empty, new StringPool().Get([]));
}
