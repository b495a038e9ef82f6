using Lantern.Core.Crimes;

namespace Lantern.Core.Tests.Crimes;

public sealed class CrimeCategoriesTests
{
    [Theory]
    [InlineData("Violence and sexual offences", CrimeCategory.ViolenceAndSexualOffences)] // the current name
    [InlineData("  violence AND sexual offences ", CrimeCategory.ViolenceAndSexualOffences)] // case and spaces ignored
    [InlineData("violent-crime", CrimeCategory.ViolenceAndSexualOffences)] // the API slug, unchanged since the rename
    [InlineData("Violent crime", CrimeCategory.LegacyViolentCrime)] // before May 2013: no split, kept apart
    [InlineData("Criminal damage & arson", CrimeCategory.CriminalDamageAndArson)] // a variant spelling
    [InlineData("Jaywalking", CrimeCategory.Unknown)] // unknown text is kept raw, mapped to Unknown
    public void FromRaw_MapsSpellings(string raw, CrimeCategory expected) => Assert.Equal(expected, CrimeCategories.FromRaw(raw));

    [Fact]
    public void Current_HasTheFourteenCategories_WithNamesAndSlugsThatRoundTrip()
    {
        Assert.Equal(14, CrimeCategories.Current.Count);
        foreach (CrimeCategory c in CrimeCategories.Current)
        {
            Assert.Equal(c, CrimeCategories.FromRaw(CrimeCategories.Name(c)));
            Assert.True(CrimeCategories.TryParseUser(CrimeCategories.Slug(c), out CrimeCategory parsed));
            Assert.Equal(c, parsed);
        }
    }

    [Theory]
    [InlineData("robbery", true)] // a slug
    [InlineData("PossessionOfWeapons", true)] // the enum name
    [InlineData("unknown", false)] // Unknown is not a type a user can ask for
    [InlineData("fraud", false)] // not a data.police.uk category
    public void TryParseUser_AcceptsNamesSlugsAndEnumNames(string text, bool ok) => Assert.Equal(ok, CrimeCategories.TryParseUser(text, out _));
}
