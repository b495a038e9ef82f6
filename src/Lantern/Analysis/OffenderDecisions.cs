using System.Globalization;
using System.Text;
using Lantern.Cli;
using Lantern.Data.Store;
using Lantern.Data.Store.Offenders;

namespace Lantern.Analysis;

/// <summary>
/// What people do with the list (docs/offenders.md): a supervisor's review decision on a score, exports (each a
/// disclosure with its recipient and handling marking), and subject access. Each is justified and audited.
/// </summary>
internal static class OffenderDecisions
{
    public static readonly string[] Decisions = ["accept", "reject", "defer"];

    public static StoredReview Review(LanternStore store, long? runId, string personId, string? decision, string? reason, string reviewer, string? justification,
        DateTimeOffset now, string? client)
    {
        string why = OffenderRun.Justified(justification);
        string d = decision?.Trim().ToLowerInvariant() ?? string.Empty;
        if (!Decisions.Contains(d, StringComparer.Ordinal))
        {
            throw new CliException("--decision must be accept, reject or defer", ExitCodes.Usage);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new CliException("--reason is required: a decision on a person is recorded with why it was made", ExitCodes.Usage);
        }

        StoredScoreRun run = OffenderRun.FindRun(store, runId);
        long id = OffenderStore.Review(store, run.Id, personId, d, reason.Trim(), reviewer, why, now, client)
            ?? throw new CliException($"run {run.Id} keeps no score of {personId}: a decision is made on a score of the list");
        return OffenderStore.Reviews(store, personId).First(r => r.Id == id);
    }

    /// <summary>
    /// Writes a list (a run's, or the managed list) as CSV with the handling marking in its first line, and records it
    /// as a disclosure of every person in it to <paramref name="recipient"/>.
    /// </summary>
    public static (long ExportId, int People) Export(LanternStore store, long? runId, bool managed, int top, TextWriter writer, string? recipient, string by,
        string? justification, DateTimeOffset now, string? client)
    {
        string why = OffenderRun.Justified(justification);
        if (string.IsNullOrWhiteSpace(recipient))
        {
            throw new CliException("--recipient is required: an export is a disclosure, logged with who received it (DPA 2018 s.62)", ExitCodes.Usage);
        }

        if (recipient.Any(char.IsControl))
        {
            // It is written into the file's marking line: a line break would start rows of the sender's choosing.
            throw new CliException("--recipient: one line of text, no line breaks or control characters", ExitCodes.Usage);
        }

        List<StoredScore> scores;
        string what;
        if (managed)
        {
            scores = [.. OffenderStore.Managed(store).Select(m => m.Score)];
            what = "managed list";
        }
        else
        {
            StoredScoreRun run = OffenderRun.FindRun(store, runId);
            scores = [.. OffenderStore.Scores(store, run.Id, top)];
            what = string.Create(CultureInfo.InvariantCulture, $"offender run {run.Id} top {scores.Count}");
        }

        long id = OffenderStore.RecordExport(store, what, [.. scores.Select(s => s.PersonId)], recipient.Trim(), why, by, now, client);
        writer.Write(Csv(scores, what, id, recipient.Trim(), now));
        return (id, scores.Count);
    }

    public static SubjectAccessReport SubjectAccess(LanternStore store, string personId, string by, string? justification, DateTimeOffset now, string? client)
    {
        string why = OffenderRun.Justified(justification);
        SubjectAccessReport report = OffenderStore.SubjectAccess(store, personId);
        AuditEntry.Append(store, now, by, "offender-subject-access", personId, why, report.HoldsAnything ? "held" : "nothing held", client);
        return report;
    }

    internal static string Csv(IReadOnlyList<StoredScore> scores, string what, long exportId, string recipient, DateTimeOffset now)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {OffenderStore.Marking}: {what}, export {exportId} to {recipient}, {now:yyyy-MM-dd HH:mm}Z. Advisory: ");
        sb.Append("no action on a person without a supervisor's review. Do not copy or pass on.\n");
        sb.Append("Rank,Person ID,Harm,Offences,Victims,Latest offence,Recency,Frequency,Gravity,Victims points,RFGV,Wanted,Weights version,Bands version\n");
        foreach (StoredScore s in scores)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{s.Rank},{s.PersonId},{s.Harm:0.##},{s.Offences},{s.Victims},{s.LatestOffence},{s.RecencyPoints},{s.FrequencyPoints},{s.GravityPoints},{s.VictimsPoints},");
            sb.Append(CultureInfo.InvariantCulture, $"{s.Rfgv},{(s.Wanted ? "Y" : "N")},{s.WeightsVersion},{s.BandsVersion}\n");
        }

        return sb.ToString();
    }
}
