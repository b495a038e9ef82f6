using Lantern.Core.Forces;

namespace Lantern.Core.Tests.Forces;

public sealed class PoliceForcesTests
{
    [Theory]
    [InlineData("gwent", "gwent")] // a slug
    [InlineData("Gwent Police", "gwent")] // the full name, as in "Falls within"
    [InlineData("METROPOLITAN POLICE SERVICE", "metropolitan")] // case ignored
    [InlineData("Metropolitan Police", "metropolitan")] // a shortened name
    [InlineData("Devon and Cornwall Police", "devon-and-cornwall")] // "and" for "&"
    [InlineData("London, City of", "city-of-london")] // ONS's inverted name (PFA16NM in its lookups)
    [InlineData("Avon & Somerset", "avon-and-somerset")] // a force area's name without "Constabulary" (Census 2011 by force)
    [InlineData("lantern-demo", "lantern-demo")] // an unknown force that looks like a slug is kept
    public void ToSlug_NamesAndSlugs(string text, string slug) => Assert.Equal(slug, PoliceForces.ToSlug(text));

    [Theory]
    [InlineData("Gotham City Police")] // unknown and not slug-shaped
    [InlineData("")] // nothing
    public void ToSlug_NotAForce_IsNull(string text) => Assert.Null(PoliceForces.ToSlug(text));
}
