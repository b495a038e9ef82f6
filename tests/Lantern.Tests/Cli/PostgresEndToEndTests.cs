using System.Text.Json.Nodes;
using Lantern.Tests.Shared.Store;

namespace Lantern.Tests.Cli;

/// <summary>The command line on PostgreSQL: the same files give the same import report and the same tasking list as on SQLite.</summary>
public sealed class PostgresEndToEndTests
{
    [PostgresFact]
    public void ImportThenTasking_OnPostgres_SameResultsAsSqlite()
    {
        using var cli = new CliRun();
        using TestSchema schema = TestPostgres.CreateSchema();
        string data = TaskingCommandTests.Generate(cli);

        JsonNode sqliteImport = Report(cli.RunOk("import", data, "--json"));
        JsonNode postgresImport = Report(cli.RunOk("import", data, "--json", "--db", schema.Url));
        Assert.Equal(sqliteImport.ToJsonString(), postgresImport.ToJsonString());
        Assert.Contains("\"updated\": 0", cli.RunOk("import", data, "--json", "--db", schema.Url), StringComparison.Ordinal);

        string[] tasking = ["tasking", "--date", "2025-02-03", "--top", "10", "--json"];
        JsonNode sqliteList = Report(cli.RunOk(tasking));
        JsonNode postgresList = Report(cli.RunOk([.. tasking, "--db", schema.Url]));
        Assert.Equal(sqliteList.ToJsonString(), postgresList.ToJsonString());
        Assert.Equal(10, postgresList["result"]!["places"]!.AsArray().Count);
        Assert.Equal(cli.RunOk("tasking", "--date", "2025-02-03", "--csv"), cli.RunOk("tasking", "--date", "2025-02-03", "--csv", "--db", schema.Url));

        // A list recorded on PostgreSQL is made again from its record there, byte for byte.
        string run = postgresList["run"]!.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("Reproduced: the same result, byte for byte", cli.RunOk("runs", "check", run, "--db", schema.Url), StringComparison.Ordinal);
    }

    /// <summary>A JSON report without what must differ between two stores: the database's name and the time taken.</summary>
    private static JsonNode Report(string json)
    {
        JsonNode node = JsonNode.Parse(json)!;
        node.AsObject().Remove("database");
        node.AsObject().Remove("seconds");
        node["inputs"]?.AsObject().Remove("database");
        foreach (JsonNode? file in node["files"]?.AsArray() ?? [])
        {
            file!["file"] = Path.GetFileName(file["file"]!.GetValue<string>());
        }

        return node;
    }
}
