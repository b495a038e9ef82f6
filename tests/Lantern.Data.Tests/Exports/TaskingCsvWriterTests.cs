using System.Globalization;
using Lantern.Core.Tasking;
using Lantern.Data.Formats.Exports;
using Lantern.Tests.Shared;

namespace Lantern.Data.Tests.Exports;

public class TaskingCsvWriterTests
{
    [Fact]
    public async Task WriteAsync_List_QuotesReasonsAndKeepsColumnsAligned()
    {
        TaskingList list = ExportFixtures.Tasking();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);

        await TaskingCsvWriter.WriteAsync(list, writer, null, 42, CancellationToken.None);

        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        List<string> header = CsvLine.Split(lines[0].TrimEnd('\r'));
        Assert.Equal(list.Places.Count + 1, lines.Length);
        Assert.Equal(["run", "rank", "source", "cell_id"], header.Take(4));
        for (int i = 1; i < lines.Length; i++)
        {
            List<string> row = CsvLine.Split(lines[i].TrimEnd('\r'));
            Assert.Equal(header.Count, row.Count);
            Assert.Equal("42", row[0]); // every row names its recorded run: a row copied into another sheet still does
            TaskingPlace place = list.Places[i - 1];
            Assert.Equal(place.Reason, row[header.IndexOf("reason")]); // round-trips through quoting ("1,530", quotes)
            Assert.Equal(place.AreaCode ?? "", row[header.IndexOf("area_code")]);
            Assert.Equal(list.Options.Grid.CellName(place.Cell), row[header.IndexOf("cell_id")]);
        }

        Assert.Contains("\"\"Friday\"\"", lines[^1], StringComparison.Ordinal); // the analyst's quotes are doubled
    }
}
