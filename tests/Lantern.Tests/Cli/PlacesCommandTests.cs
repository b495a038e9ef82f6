using Lantern.Cli;

namespace Lantern.Tests.Cli;

public sealed class PlacesCommandTests
{
    /// <summary>A store holding one Gwent crime: adjustments are for a force with crimes.</summary>
    private static CliRun WithGwent()
    {
        var cli = new CliRun();
        string file = cli.OneGwentCrime();
        cli.RunOk("import", file);
        return cli;
    }

    [Fact]
    public void AddListWithdraw_RecordsWhoWhenAndWhy()
    {
        using CliRun cli = WithGwent();
        var add = cli.Run("places", "suppress", "--force", "Gwent Police", "--cell", "150m-E331050-N188100", "--reason", "Prison grounds", "--by", "analyst1");
        Assert.Equal(ExitCodes.Ok, add.Exit);
        Assert.Contains("suppress #1: 150m-E331050-N188100 for gwent by analyst1", add.Out, StringComparison.Ordinal);

        var list = cli.Run("places", "list", "--json");
        Assert.Contains("\"reason\": \"Prison grounds\"", list.Out, StringComparison.Ordinal);
        Assert.Contains("\"madeAt\": \"2026-11-21T09:00:00Z\"", list.Out, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, cli.Run("places", "withdraw", "1", "--by", "analyst2").Exit);
        Assert.Contains("No adjustments.", cli.Run("places", "list").Out, StringComparison.Ordinal);
        Assert.Contains("analyst2", cli.Run("places", "list", "--all").Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, cli.Run("places", "withdraw", "1").Exit);
    }

    [Theory]
    [InlineData("331110,188160", "150m-E331050-N188100")] // a BNG point falls in the cell whose south-west corner is below it
    [InlineData("150m-E331050-N188100", "150m-E331050-N188100")] // a cell id round-trips
    public void Add_CellGivenAsPointOrId_NamesTheAlignedCell(string cell, string expected)
    {
        using CliRun cli = WithGwent();
        var add = cli.Run("places", "add", "--force", "gwent", "--cell", cell, "--reason", "Intelligence: weekend disorder");
        Assert.Equal(ExitCodes.Ok, add.Exit);
        Assert.Contains(expected, add.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150m-E331051-N188100")] // a corner that is not a multiple of the cell size
    [InlineData("somewhere in Newport")] // not a cell at all
    public void Add_BadCell_IsUsageError(string cell)
    {
        using var cli = new CliRun();
        Assert.Equal(ExitCodes.Usage, cli.Run("places", "add", "--force", "gwent", "--cell", cell, "--reason", "x").Exit);
    }

    [Theory]
    [InlineData("Gotham City Police")] // a name that is no force: was a usage error (2)
    [InlineData("gotham")] // a slug the store holds no crimes for: bad input (1), as the name now is
    public void Add_UnknownForce_IsBadInput_ByNameOrSlug(string force)
    {
        using CliRun cli = WithGwent();
        Assert.Equal(ExitCodes.BadInput, cli.Run("places", "add", "--force", force, "--cell", "331110,188160", "--reason", "x").Exit);
    }

    [Fact]
    public void Add_ForAForceWithNoCrimes_IsRefusedNamingTheForcesHeld()
    {
        // Slugs are open, so a typo made an adjustment that no tasking list would ever show, and said it was recorded.
        using CliRun cli = WithGwent();

        var (exit, _, err) = cli.Run("places", "add", "--force", "gwnet", "--cell", "331110,188160", "--reason", "x");

        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Contains("No crimes for gwnet in ", err, StringComparison.Ordinal);
        Assert.Contains("an adjustment is for a force's tasking lists (forces held: gwent)", err, StringComparison.Ordinal);
        Assert.Contains("No adjustments.", cli.Run("places", "list").Out, StringComparison.Ordinal);
    }
}
