using Lantern.Core.Crimes;
using Lantern.Core.Harm;

namespace Lantern.Core.Tests.Harm;

public sealed class HarmTableTests
{
    // The whole of DOMAIN.md §1's category table, so that a changed default cannot pass unnoticed.
    [Theory]
    [InlineData(CrimeCategory.Robbery, 365)]
    [InlineData(CrimeCategory.PossessionOfWeapons, 273.75)]
    [InlineData(CrimeCategory.Burglary, 220)]
    [InlineData(CrimeCategory.ViolenceAndSexualOffences, 200)]
    [InlineData(CrimeCategory.OtherCrime, 10)]
    [InlineData(CrimeCategory.PublicOrder, 7.5)]
    [InlineData(CrimeCategory.CriminalDamageAndArson, 10)]
    [InlineData(CrimeCategory.VehicleCrime, 5)]
    [InlineData(CrimeCategory.BicycleTheft, 2)]
    [InlineData(CrimeCategory.OtherTheft, 2)]
    [InlineData(CrimeCategory.TheftFromThePerson, 2)]
    [InlineData(CrimeCategory.Shoplifting, 1)]
    [InlineData(CrimeCategory.LegacyViolentCrime, 200)] // before May 2013: as violence and sexual offences
    [InlineData(CrimeCategory.LegacyPublicDisorderAndWeapons, 7.5)] // before May 2013: as public order
    [InlineData(CrimeCategory.Drugs, 0)] // found proactively: left out of harm totals
    [InlineData(CrimeCategory.AntiSocialBehaviour, 0)] // not a crime
    [InlineData(CrimeCategory.Unknown, 0)] // an unmapped category adds no harm
    public void Default_IsTheCambridgeIndexByCategory_EveryCategoryAsDomainSays(CrimeCategory category, double days) =>
        Assert.Equal(days, HarmTable.Default.WeightOf(category));

    [Fact]
    public void ByOffenceCode_CodeNotListed_FallsBackToTheCategoryWeightsOfDomain() =>
        Assert.All(CrimeCategories.Current, c => Assert.Equal(HarmTable.Default.WeightOf(c), HarmTable.ByOffenceCode.WeightOf(c, "999/99")));

    [Theory]
    [InlineData(CrimeCategory.LegacyViolentCrime, 200)]
    [InlineData(CrimeCategory.LegacyPublicDisorderAndWeapons, 7.5)]
    public void ByOffenceCode_CategoriesBeforeMay2013_WeighAsInTheCategoryTable(CrimeCategory category, double days)
    {
        // A force's record labelled "Violent crime" with a code the table does not list weighed 0 in revision 1.
        Assert.Equal(days, HarmTable.Default.WeightOf(category));
        Assert.Equal(days, HarmTable.ByOffenceCode.WeightOf(category, "999/99"));
        Assert.Equal("cchi-offence-code-2026-02-r2", HarmTable.ByOffenceCode.Version);
    }

    [Fact]
    public void Embedded_EarlierVersionsAreKeptForTheRunsMadeWithThem()
    {
        HarmTable first = HarmTable.Embedded("cchi-offence-code-2026-02")!;
        Assert.Equal(0, first.WeightOf(CrimeCategory.LegacyViolentCrime, "999/99")); // as those runs were scored
        Assert.Equal(2555, first.WeightOf(CrimeCategory.ViolenceAndSexualOffences, "019/07"));
        Assert.Same(HarmTable.ByOffenceCode, HarmTable.Embedded(HarmTable.ByOffenceCode.Version));
        Assert.Same(HarmTable.Default, HarmTable.Embedded(HarmTable.Default.Version));
        Assert.Null(HarmTable.Embedded("cchi-never"));
    }

    // DOMAIN.md §1's subgroup medians for force data with offence codes (CCHI days).
    [Theory]
    [InlineData("001/00", 5475)] // homicide
    [InlineData("019/07", 2555)] // rape
    [InlineData("019/11", 2555)] // rape
    [InlineData("020/01", 182.25)] // other sexual
    [InlineData("017/01", 182.25)] // other sexual
    [InlineData("008/01", 365)] // violence with injury
    [InlineData("005/01", 365)] // violence with injury
    [InlineData("105/01", 10)] // violence without injury
    [InlineData("008/56", 10)] // stalking and harassment
    [InlineData("008/71", 10)] // stalking and harassment
    [InlineData("034/02", 365)] // robbery
    [InlineData("058/01", 2)] // criminal damage
    [InlineData("009/01", 7.5)] // public order
    public void ByOffenceCode_SubgroupMedians(string code, double days) =>
        Assert.Equal(days, HarmTable.ByOffenceCode.WeightOf(CrimeCategory.ViolenceAndSexualOffences, code));

    [Theory]
    [InlineData(CrimeCategory.Drugs)] // found proactively
    [InlineData(CrimeCategory.AntiSocialBehaviour)] // not a crime
    public void ByOffenceCode_ExcludedCategories_AddNoHarm(CrimeCategory category) =>
        Assert.Equal(0, HarmTable.ByOffenceCode.WeightOf(category, null));

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
