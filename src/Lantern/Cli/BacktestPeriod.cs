using System.Globalization;
using Lantern.Core.Forecasting;
using Lantern.Core.Time;

namespace Lantern.Cli;

/// <summary>
/// The targets of a backtest: every month from --from to --to (data.police.uk months), or every day (timestamped force
/// exports), and the months of data that span needs.
/// </summary>
internal sealed record BacktestPeriod(PeriodUnit Unit, ForecastTarget[] Targets, YearMonth FirstMonth, YearMonth LastMonth, string First, string Last)
{
    /// <summary>The resolution the events are read at: days for a daily backtest, months for a monthly one.</summary>
    public TimeResolution Resolution => Unit == PeriodUnit.Day ? TimeResolution.Timestamp : TimeResolution.Month;

    /// <summary>"day" or "month".</summary>
    public string UnitName => Unit == PeriodUnit.Day ? "day" : "month";

    /// <summary>"3 days", "1 month".</summary>
    public string Count(int n) => string.Create(CultureInfo.InvariantCulture, $"{n} {UnitName}{(n == 1 ? "" : "s")}");

    /// <summary>Reads --unit, --from and --to, defaulting to the 12 months, or 365 days, ending with the latest data.</summary>
    /// <param name="unit">"month" or "day".</param>
    /// <param name="from">--from: yyyy-MM, or yyyy-MM-dd for days; null for the default.</param>
    /// <param name="to">--to, the same; null for the latest month (or day) with data.</param>
    /// <param name="latestMonth">The latest month with data, asked only when needed.</param>
    /// <param name="latestDay">The latest day with a timestamped crime, asked only when needed.</param>
    /// <param name="choices">Receives the automatic choices made.</param>
    public static BacktestPeriod Parse(string? unit, string? from, string? to, Func<YearMonth?> latestMonth, Func<DateOnly?> latestDay,
        List<string> choices)
    {
        switch (unit?.Trim().ToLowerInvariant())
        {
            case null or "" or "month":
            {
                YearMonth last = HotspotsCommand.Month(to, "--to") ?? latestMonth() ?? throw new CliException("No crimes to backtest on.");
                if (to is null)
                {
                    choices.Add($"to: {last} (the latest month with data)");
                }

                YearMonth first = HotspotsCommand.Month(from, "--from") ?? last.PlusMonths(-11);
                if (from is null)
                {
                    choices.Add($"from: {first} (12 months ending --to)");
                }

                if (first > last)
                {
                    throw new CliException("--from is after --to", ExitCodes.Usage);
                }

                if (last.Index - first.Index >= 600)
                {
                    throw new CliException("--from..--to: at most 600 months", ExitCodes.Usage);
                }

                return new BacktestPeriod(PeriodUnit.Month, Backtest.Monthly(first, last.Index - first.Index + 1), first, last, first.ToString(), last.ToString());
            }

            case "day":
            {
                DateOnly last = Day(to, "--to") ?? latestDay()
                    ?? throw new CliException("No timestamped crimes to backtest on by day: daily backtests need force exports (docs/formats.md).");
                if (to is null)
                {
                    choices.Add($"to: {last:yyyy-MM-dd} (the latest day with a timestamped crime)");
                }

                DateOnly first = Day(from, "--from") ?? last.AddDays(-364);
                if (from is null)
                {
                    choices.Add($"from: {first:yyyy-MM-dd} (365 days ending --to)");
                }

                if (first > last)
                {
                    throw new CliException("--from is after --to", ExitCodes.Usage);
                }

                int days = last.DayNumber - first.DayNumber + 1;
                if (days > 3660)
                {
                    throw new CliException("--from..--to: at most 3,660 days", ExitCodes.Usage);
                }

                return new BacktestPeriod(PeriodUnit.Day, Backtest.Daily(first, days), YearMonth.Of(first), YearMonth.Of(last),
                    first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            default:
                throw new CliException($"--unit must be month or day, not '{unit}'", ExitCodes.Usage);
        }
    }

    private static DateOnly? Day(string? text, string name) =>
        text is null ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d) ? d
        : throw new CliException($"{name} '{text}' is not a day (yyyy-MM-dd); with --unit month give a month (yyyy-MM)", ExitCodes.Usage);
}
