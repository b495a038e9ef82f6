using System.Globalization;
using Lantern.Core.Time;

namespace Lantern.Core.StopSearch;

/// <summary>
/// Counts searches, one at a time and in constant memory, into a <see cref="StopSearchSummary"/>: the store streams its
/// rows in and nothing per search is kept. Not thread safe.
/// </summary>
public sealed class StopSearchSummaryBuilder
{
    // Counters kept for every month, every value of every field, and the total.
    private const int Searches = 0;
    private const int NoLocation = 1;
    private const int OutcomeKnown = 2;
    private const int Arrests = 3;
    private const int Positive = 4;
    private const int LinkRecorded = 5;
    private const int Finds = 6;
    private const int Counters = 7;
    private const int GroupSlots = 6; // EthnicGroup.Unknown .. EthnicGroup.Other
    private const int MonthSlots = Counters + GroupSlots;

    private readonly StopSearchSummaryOptions _options;
    private readonly long[] _total = new long[Counters];
    private readonly long[] _months;
    private readonly DateOnly?[] _firstDay;
    private readonly DateOnly?[] _lastDay;
    private readonly Field[] _fields;

    /// <summary>Creates a builder for the months and denominators of <paramref name="options"/>.</summary>
    /// <param name="options">What the summary covers.</param>
    public StopSearchSummaryBuilder(StopSearchSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        int months = options.To.Index - options.From.Index + 1;
        _months = new long[months * MonthSlots];
        _firstDay = new DateOnly?[months];
        _lastDay = new DateOnly?[months];
        _fields =
        [
            Field.Of<Legislation>("legislation", StopSearchVocabulary.Name),
            Field.Of<ObjectOfSearch>("objectOfSearch", StopSearchVocabulary.Name),
            Field.Of<SearchOutcome>("outcome", StopSearchVocabulary.Name),
            Field.Of<AgeRange>("ageRange", StopSearchVocabulary.Name),
            Field.Of<Gender>("gender", StopSearchVocabulary.Name),
            Field.Of<EthnicGroup>("selfDefinedEthnicity", StopSearchVocabulary.Name),
            Field.Of<EthnicGroup>("officerDefinedEthnicity", StopSearchVocabulary.Name),
        ];
    }

    /// <summary>Searches counted so far.</summary>
    public long Count => _total[Searches];

    /// <summary>Counts one search.</summary>
    /// <param name="search">The search.</param>
    /// <exception cref="ArgumentOutOfRangeException">Its month is outside the summary's months.</exception>
    public void Add(in SearchFacts search) => Add(search, 1);

    /// <summary>Counts <paramref name="count"/> searches with the same facts (a reader that groups identical rows first saves the work per row).</summary>
    /// <param name="search">The searches' facts.</param>
    /// <param name="count">How many, one or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the summary's months, or the count is not positive.</exception>
    public void Add(in SearchFacts search, long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        int m = search.MonthIndex - _options.From.Index;
        if ((uint)m >= (uint)_firstDay.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(search), search.MonthIndex, "The search's month is outside the summary's months.");
        }

        bool known = search.Outcome != SearchOutcome.Unknown;
        var flags = new Flags(
            count,
            !search.HasLocation,
            known,
            search.Outcome == SearchOutcome.Arrest,
            known && search.Outcome != SearchOutcome.NoFurtherAction,
            search.OutcomeLinked.HasValue,
            search.OutcomeLinked == true);
        Tally(_total, 0, flags);
        Tally(_months, m * MonthSlots, flags);
        EthnicGroup basisGroup = _options.Basis == EthnicityBasis.SelfDefined ? search.SelfDefined : search.OfficerDefined;
        _months[(m * MonthSlots) + Counters + Slot((int)basisGroup, GroupSlots)] += count;
        _fields[0].Add((int)search.Legislation, flags);
        _fields[1].Add((int)search.ObjectOfSearch, flags);
        _fields[2].Add((int)search.Outcome, flags);
        _fields[3].Add((int)search.AgeRange, flags);
        _fields[4].Add((int)search.Gender, flags);
        _fields[5].Add((int)search.SelfDefined, flags);
        _fields[6].Add((int)search.OfficerDefined, flags);
    }

    /// <summary>
    /// Records the UK dates of the first and last record the force has in a month, of any power and anywhere (not only
    /// the searches counted): a month without a span is missing; one whose span falls short is partial.
    /// </summary>
    /// <param name="month">The month; ignored when outside the summary's months.</param>
    /// <param name="firstDay">The UK date of its first record.</param>
    /// <param name="lastDay">The UK date of its last record, not before <paramref name="firstDay"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastDay"/> is before <paramref name="firstDay"/>.</exception>
    public void AddMonthSpan(YearMonth month, DateOnly firstDay, DateOnly lastDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lastDay, firstDay);
        int m = month.Index - _options.From.Index;
        if ((uint)m < (uint)_firstDay.Length)
        {
            _firstDay[m] = _firstDay[m] is { } f && f < firstDay ? f : firstDay;
            _lastDay[m] = _lastDay[m] is { } l && l > lastDay ? l : lastDay;
        }
    }

    /// <summary>Works out the summary from what was counted.</summary>
    /// <returns>The summary.</returns>
    public StopSearchSummary Build()
    {
        var breakdowns = new Dictionary<string, IReadOnlyList<BreakdownRow>>(StringComparer.Ordinal);
        foreach (Field f in _fields)
        {
            breakdowns[f.Name] = f.Rows(_total[Searches]);
        }

        Field basisField = _fields[_options.Basis == EthnicityBasis.SelfDefined ? 5 : 6];
        EthnicGroupCounts basisSearches = GroupCounts(basisField.Counts, Counters, 0);
        long unknown = basisField.Counts[Searches];
        IReadOnlyList<GroupRate>? disproportionality = _options.Residents is { } residents ? Disproportionality.Compute(basisSearches, residents) : null;
        OutcomeTestMeasure measure = _total[LinkRecorded] > 0 ? OutcomeTestMeasure.FindRate : OutcomeTestMeasure.PositiveOutcomeRate;
        var byGroup = EthnicGroupCounts.Groups.Select(g => (g, Rates(basisField.Counts, (int)g * Counters))).ToList();
        OutcomeTest test = OutcomeTest.Compute(byGroup, measure, _options.Basis);
        List<MonthRow> months = Months();
        return new StopSearchSummary(_options, _total[NoLocation], Rates(_total, 0), months, breakdowns, basisSearches, unknown,
            disproportionality, test, Notes(months, basisSearches, unknown));
    }

    private List<MonthRow> Months()
    {
        var rows = new List<MonthRow>(_firstDay.Length);
        for (int m = 0; m < _firstDay.Length; m++)
        {
            YearMonth month = _options.From.PlusMonths(m);
            int at = m * MonthSlots;
            MonthStatus status = Status(month, _firstDay[m], _lastDay[m], _months[at + Searches]);
            EthnicGroupCounts groups = GroupCounts(_months, 1, at + Counters);
            IReadOnlyList<GroupRate>? rates = status != MonthStatus.Missing && _options.Residents is { } residents
                ? Disproportionality.Compute(groups, residents)
                : null;
            rows.Add(new MonthRow(month, status, _firstDay[m], _lastDay[m], _months[at + NoLocation], Rates(_months, at), groups,
                _months[at + Counters], rates));
        }

        return rows;
    }

    private MonthStatus Status(YearMonth month, DateOnly? first, DateOnly? last, long searches)
    {
        if (first is not { } f || last is not { } l)
        {
            return searches > 0 ? MonthStatus.Complete : MonthStatus.Missing;
        }

        int days = _options.IncompleteDays;
        return f.DayNumber >= month.FirstDay.DayNumber + days || l.DayNumber <= month.LastDay.DayNumber - days
            ? MonthStatus.Incomplete
            : MonthStatus.Complete;
    }

    private List<string> Notes(List<MonthRow> months, EthnicGroupCounts basisSearches, long unknown)
    {
        var notes = new List<string>();
        long total = _total[Searches];
        var missing = months.Where(m => m.Status == MonthStatus.Missing).Select(m => m.Month.ToString()).ToList();
        if (missing.Count > 0)
        {
            notes.Add($"Missing months (no records at all: not published or not imported, not months of no searches): {string.Join(", ", missing)}.");
        }

        var partial = months.Where(m => m.Status == MonthStatus.Incomplete)
            .Select(m => Text($"{m.Month} (records {m.FirstDay:d MMM} to {m.LastDay:d MMM})")).ToList();
        if (partial.Count > 0)
        {
            notes.Add(Text($"Months whose records begin or stop {_options.IncompleteDays} or more days inside the month, so the source month may be partial: {string.Join(", ", partial)}."));
        }

        if (_total[NoLocation] > 0)
        {
            notes.Add(Text($"{_total[NoLocation]:N0} searches ({Percent(_total[NoLocation], total)}) have no coordinates: they are counted in every figure here, but cannot be mapped or placed in an area."));
        }

        string basis = _options.Basis == EthnicityBasis.SelfDefined ? "self-defined" : "officer-defined";
        if (unknown > 0)
        {
            notes.Add(Text($"{unknown:N0} searches ({Percent(unknown, total)}) have no {basis} ethnicity stated: they are left out of the rates per 1,000 and the ratios (Home Office method) and shown as Unknown."));
        }

        if (total > 0 && _total[LinkRecorded] == 0)
        {
            notes.Add("'Outcome linked to object of search' is blank for every search, so the find rate cannot be worked out; the outcome test " +
                "uses the positive outcome rate (any outcome but no further action) instead, which is weaker: an arrest or a warning need not be for what was searched for.");
        }
        else if (_total[LinkRecorded] < total)
        {
            notes.Add(Text($"{total - _total[LinkRecorded]:N0} searches have no 'Outcome linked to object of search' recorded: find rates are of the {_total[LinkRecorded]:N0} that have."));
        }

        if (_options.Residents is { } residents)
        {
            if (basisSearches.White == 0 && total > 0)
            {
                notes.Add($"No searches of people recorded as White ({basis}): ratios to White cannot be worked out.");
            }

            if (_options.Basis == EthnicityBasis.OfficerDefined)
            {
                foreach (EthnicGroup g in EthnicGroupCounts.Groups.Where(g => basisSearches[g] == 0 && residents[g] > 0 && total > 0))
                {
                    notes.Add($"No search was recorded as {StopSearchVocabulary.Name(g)} by officers (officer-defined ethnicity often has no such category): that group's rate is not comparable.");
                }
            }
        }

        return notes;
    }

    private static EthnicGroupCounts GroupCounts(long[] counts, int stride, int offset) =>
        new(counts[offset + ((int)EthnicGroup.White * stride)], counts[offset + ((int)EthnicGroup.Black * stride)], counts[offset + ((int)EthnicGroup.Asian * stride)],
            counts[offset + ((int)EthnicGroup.Mixed * stride)], counts[offset + ((int)EthnicGroup.Other * stride)]);

    private static OutcomeRates Rates(long[] counts, int at) =>
        new(counts[at + Searches], new Proportion(counts[at + Finds], counts[at + LinkRecorded]),
            new Proportion(counts[at + Arrests], counts[at + OutcomeKnown]), new Proportion(counts[at + Positive], counts[at + OutcomeKnown]));

    private static void Tally(long[] counts, int at, Flags f)
    {
        long n = f.Count;
        counts[at + Searches] += n;
        counts[at + NoLocation] += f.NoLocation ? n : 0;
        counts[at + OutcomeKnown] += f.OutcomeKnown ? n : 0;
        counts[at + Arrests] += f.Arrest ? n : 0;
        counts[at + Positive] += f.Positive ? n : 0;
        counts[at + LinkRecorded] += f.LinkRecorded ? n : 0;
        counts[at + Finds] += f.Found ? n : 0;
    }

    // A value the store holds that this version does not know (a newer enum value) is counted as unknown.
    private static int Slot(int value, int size) => (uint)value < (uint)size ? value : 0;

    private static string Percent(long part, long whole) => whole == 0 ? "-" : Text($"{100.0 * part / whole:F1}%");

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private readonly record struct Flags(long Count, bool NoLocation, bool OutcomeKnown, bool Arrest, bool Positive, bool LinkRecorded, bool Found);

    /// <summary>The counters of every value of one field.</summary>
    private sealed class Field
    {
        private readonly Func<int, (string Key, string Name)> _describe;

        private Field(string name, int size, Func<int, (string Key, string Name)> describe)
        {
            Name = name;
            Size = size;
            Counts = new long[size * Counters];
            _describe = describe;
        }

        public string Name { get; }

        public int Size { get; }

        public long[] Counts { get; }

        public static Field Of<TEnum>(string name, Func<TEnum, string> display)
            where TEnum : struct, Enum
        {
            int size = Enum.GetValues<TEnum>().Max(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)) + 1;
            return new Field(name, size, i =>
            {
                var value = (TEnum)Enum.ToObject(typeof(TEnum), i);
                return (Enum.GetName(value) ?? i.ToString(CultureInfo.InvariantCulture), display(value));
            });
        }

        public void Add(int value, Flags flags) => Tally(Counts, Slot(value, Size) * Counters, flags);

        /// <summary>Values with searches, in the field's order, unknown last.</summary>
        public List<BreakdownRow> Rows(long total)
        {
            var rows = new List<BreakdownRow>();
            for (int k = 1; k <= Size; k++)
            {
                int v = k % Size; // 1, 2, ..., Size - 1, then 0 (unknown)
                int at = v * Counters;
                if (Counts[at + Searches] == 0)
                {
                    continue;
                }

                (string key, string name) = _describe(v);
                rows.Add(new BreakdownRow(key, name, total == 0 ? null : (double)Counts[at + Searches] / total, Counts[at + NoLocation], Rates(Counts, at)));
            }

            return rows;
        }
    }
}
