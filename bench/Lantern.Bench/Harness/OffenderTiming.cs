using System.Diagnostics;
using System.Globalization;
using Lantern.Core.Offenders;
using Lantern.Data.Formats.Offenders;
using Lantern.Data.Generation;

namespace Lantern.Bench.Harness;

/// <summary>
/// Offender scoring (issue #6: 50,000 people with 500,000 records scored, and the top 100 with explanations, in under
/// 1 s): generated offender records at a density of about ten records a person, scored by the default V100 harm method,
/// the top 100 explained and the power-few report made; three rounds.
/// Usage: harness offenders [--suspects N] [--rate-scale X]
/// </summary>
internal static class OffenderTiming
{
    public static int Run(string[] args)
    {
        int suspects = BacktestTiming.Option(args, "--suspects", 6_000);
        int i = Array.IndexOf(args, "--rate-scale");
        double scale = i >= 0 ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : 30;
        var asOf = new DateOnly(2026, 10, 31);
        IReadOnlyList<OffenderExportRow> rows = SyntheticOffenders.Generate(new OffenderGeneratorOptions { AsOf = asOf, SuspectsPerYear = suspects, RateScale = scale });
        var builder = new OffenderDataBuilder();
        foreach (OffenderExportRow r in rows)
        {
            builder.AddPerson(r.Record.PersonId, r.Wanted);
            builder.Add(r.Record);
        }

        OffenderData data = builder.Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.PersonCount:N0} people, {data.RecordCount:N0} records (suspects a year {suspects:N0}, rate × {scale})"));
        for (int round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            OffenderScoring scoring = OffenderScorer.Score(data, new HarmScoringOptions { AsOf = asOf });
            double scored = clock.Elapsed.TotalMilliseconds;
            int lines = 0;
            foreach (int p in scoring.Ranking.Take(100))
            {
                lines += scoring.Explain(p).Lines.Count;
            }

            double explained = clock.Elapsed.TotalMilliseconds;
            PowerFewReport few = scoring.PowerFew();
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round + 1}: score {scored:F0} ms, + top 100 explained {explained - scored:F0} ms ({lines:N0} lines), + power few {clock.Elapsed.TotalMilliseconds - explained:F0} ms: " +
                $"{clock.Elapsed.TotalMilliseconds:F0} ms in all; {scoring.RankedCount:N0} ranked; top 10% hold {few.Offenders.Shares[2].HarmShare:P0} of harm"));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB"));
        return 0;
    }
}
