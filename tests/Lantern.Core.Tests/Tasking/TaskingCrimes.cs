using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Harm;
using Lantern.Core.Time;

namespace Lantern.Core.Tests.Tasking;

/// <summary>Builds crimes in named cells for tasking tests, weighted by the default harm table.</summary>
internal sealed class TaskingCrimes
{
    private readonly CrimePointsBuilder _builder = new();
    private readonly List<YearMonth> _months = [];

    /// <summary>The cell at column 2000 + <paramref name="dx"/>, row 1200 + <paramref name="dy"/> (about Gwent).</summary>
    public static CellId Cell(int dx, int dy) => new(2000 + dx, 1200 + dy);

    /// <summary>Adds <paramref name="count"/> month-only crimes at the centre of a cell.</summary>
    public TaskingCrimes Add(CellId cell, CrimeCategory category, YearMonth month, int count = 1)
    {
        BngPoint c = GridSpec.Default.Centre(cell);
        for (int i = 0; i < count; i++)
        {
            _builder.Add(c.Easting + i % 7, c.Northing + i % 5, category, HarmTable.Default.WeightOf(category), month);
        }

        return this;
    }

    /// <summary>Adds a crime with a local-time window.</summary>
    public TaskingCrimes AddTimed(CellId cell, CrimeCategory category, DateTime from, DateTime to)
    {
        BngPoint c = GridSpec.Default.Centre(cell);
        _builder.Add(c.Easting, c.Northing, category, HarmTable.Default.WeightOf(category), YearMonth.Of(DateOnly.FromDateTime(from)), from, to);
        return this;
    }

    /// <summary>Adds one crime of harm in each of 12 months so each month counts as present.</summary>
    public TaskingCrimes Background(YearMonth first, int months, CellId cell)
    {
        for (int m = 0; m < months; m++)
        {
            Add(cell, CrimeCategory.Shoplifting, first.PlusMonths(m));
        }

        return this;
    }

    public CrimePoints Build() => _builder.Build();
}
