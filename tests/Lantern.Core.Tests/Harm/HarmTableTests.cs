using Lantern.Core.Crimes;
using Lantern.Core.Harm;

namespace Lantern.Core.Tests.Harm;

public sealed class HarmTableTests
{
    [Theory]
    [InlineData(CrimeCategory.Robbery, 365)] // DOMAIN.md §1
    [InlineData(CrimeCategory.ViolenceAndSexualOffences, 200)]
    [InlineData(CrimeCategory.Burglary, 220)]
    [InlineData(CrimeCategory.Shoplifting, 1)]
    [InlineData(CrimeCategory.Drugs, 0)] // found proactively: left out of harm totals
    [InlineData(CrimeCategory.AntiSocialBehaviour, 0)] // not a crime
    [InlineData(CrimeCategory.Unknown, 0)] // an unmapped category adds no harm
    public void Default_IsTheCambridgeIndexByCategory(CrimeCategory category, double days) =>
        Assert.Equal(days, HarmTable.Default.WeightOf(category));

    [Fact]
    public void Default_RecordsItsVersionAndSource()
    {
        Assert.Equal("cchi-category-2026-02", HarmTable.Default.Version);
        Assert.Equal("days", HarmTable.Default.Unit);
        Assert.Contains("Sherman", HarmTable.Default.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OffenceCodes_WinOverTheCategory()
    {
        HarmTable table = HarmTable.Parse("# version: t1\nkey,weight,counted,note\nviolent-crime,200,true,\nho:008/01,365,true,\nho:105/01,10,false,\n", "t.csv").Table!;
        Assert.Equal(365, table.WeightOf(CrimeCategory.ViolenceAndSexualOffences, "008/01"));
        Assert.Equal(0, table.WeightOf(CrimeCategory.ViolenceAndSexualOffences, "105/01")); // listed but not counted
        Assert.Equal(200, table.WeightOf(CrimeCategory.ViolenceAndSexualOffences, "999/99")); // code not listed: the category's
        Assert.Equal(200, table.WeightOf(CrimeCategory.ViolenceAndSexualOffences, null));
        Assert.Equal(0, table.WeightOf(CrimeCategory.Robbery)); // categories not listed weigh 0
        Assert.Equal("t1", table.Version);
    }

    [Theory]
    [InlineData("key,weight\nrobbery,-5\n", "t.csv line 2, field 'weight'")] // negative weight
    [InlineData("key,weight\nrobbery,NaN\n", "t.csv line 2, field 'weight'")] // not a finite number
    [InlineData("key,weight,counted\nrobbery,1,maybe\n", "t.csv line 2, field 'counted'")] // not true/false
    [InlineData("key,weight\n# a comment\nfraud,1\n", "t.csv line 3, field 'key'")] // unknown category, after a comment line
    [InlineData("category,days\nrobbery,1\n", "t.csv line 1, field 'header'")] // wrong header
    [InlineData("# name: empty\n", "field 'header'")] // no header at all
    public void Parse_BadTable_NamesFileLineAndField(string text, string expected)
    {
        HarmTableParseResult r = HarmTable.Parse(text, "t.csv");
        Assert.Null(r.Table);
        Assert.Contains(expected, r.Error, StringComparison.Ordinal);
    }
}
