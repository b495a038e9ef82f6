using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lantern.Analysis;
using Lantern.Data.Formats.Offenders;
using Lantern.Data.Generation;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Cli;

/// <summary>
/// The demo's offender records: the synthetic force's fictional people (docs/generator.md), imported straight into the
/// demo database (no file that 'lantern import' would meet) and scored once, so the public-protection pages have a list.
/// </summary>
internal static class DemoOffenders
{
    public static string Ensure(LanternStore store, DateTimeOffset now)
    {
        if (OffenderStore.Counts(store).People > 0)
        {
            return "Offender records already in the demo database.";
        }

        var asOf = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        IReadOnlyList<OffenderExportRow> rows = SyntheticOffenders.Generate(new OffenderGeneratorOptions { AsOf = asOf });
        var text = new StringWriter();
        SyntheticOffenders.Write(rows, text);
        string sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        OffenderImportResult imported = OffenderStore.Import(store, new OffenderFile("synthetic-offenders.csv", rows, []), sha, "demo", now, null);
        OffenderRunResult scored = OffenderRun.Score(store, new OffenderScoreRequest
        {
            By = "demo",
            Justification = "demo: scoring the synthetic force's fictional offender records",
        }, now, null);
        return string.Create(CultureInfo.InvariantCulture,
            $"Offender records: {imported.Rows:N0} synthetic records of {imported.People:N0} fictional people imported and scored (run {scored.Run.Id}, " +
            $"{scored.Run.Ranked:N0} ranked): 'lantern offenders list --db ... --justification ...', or /offenders on the web app.");
    }
}
