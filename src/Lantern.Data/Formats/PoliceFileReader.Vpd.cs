using System.Collections.Frozen;
using System.Globalization;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;
using static Lantern.Data.Formats.PoliceColumns;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    /// <summary>The force slug VPD GeoDASH rows are imported under.</summary>
    internal const string VpdForce = "vancouver";

    /// <summary>NAD83 / UTM zone 10N, the system of VPD's X and Y (its open-data documentation).</summary>
    internal const int VpdEpsg = 26910;

    /// <summary>The note counting rows whose location VPD withholds (X = Y = 0).</summary>
    internal const string VpdWithheldNote = "location withheld by VPD (X = Y = 0): kept without a location";

    /// <summary>The note counting rows VPD places at its headquarters because their location is not known.</summary>
    internal const string VpdHeadquartersNote = "location not known, placed by VPD at its headquarters (X NK_LOC ST): kept without a location";

    /// <summary>The note counting rows at exactly 00:00, read as a time not known within the day.</summary>
    internal const string VpdMidnightNote = "time 00:00 read as not known within the day (committed 00:00 to 23:59:59)";

    private const string VpdReportedBy = "Vancouver Police Department";
    private const string VpdHeadquarters = "X NK_LOC ST";

    // VPD's TYPE values and the data.police.uk category each is closest to. Collisions are traffic incidents, not crimes in
    // any UK category, so they are an explicit Unknown (the raw TYPE is kept, and --types never selects them); a TYPE not
    // listed here is Unknown too.
    private static readonly FrozenDictionary<string, CrimeCategory> s_vpdTypes = new Dictionary<string, CrimeCategory>(StringComparer.OrdinalIgnoreCase)
    {
        ["Break and Enter Commercial"] = CrimeCategory.Burglary,
        ["Break and Enter Residential/Other"] = CrimeCategory.Burglary,
        ["Homicide"] = CrimeCategory.ViolenceAndSexualOffences,
        ["Offence Against a Person"] = CrimeCategory.ViolenceAndSexualOffences,
        ["Mischief"] = CrimeCategory.CriminalDamageAndArson,
        ["Other Theft"] = CrimeCategory.OtherTheft,
        ["Theft from Vehicle"] = CrimeCategory.VehicleCrime,
        ["Theft of Vehicle"] = CrimeCategory.VehicleCrime,
        ["Theft of Bicycle"] = CrimeCategory.BicycleTheft,
        ["Vehicle Collision or Pedestrian Struck (with Fatality)"] = CrimeCategory.Unknown,
        ["Vehicle Collision or Pedestrian Struck (with Injury)"] = CrimeCategory.Unknown,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The category of a VPD TYPE value; <see cref="CrimeCategory.Unknown"/> for collisions and anything not listed.</summary>
    internal static CrimeCategory VpdCategory(string type) => s_vpdTypes.GetValueOrDefault(type.Trim(), CrimeCategory.Unknown);

    // A VPD GeoDASH row: TYPE, the time in five integer columns, the hundred block and neighbourhood, X/Y in EPSG:26910.
    private void ReadVpd(IRowSink sink)
    {
        string? type = Pooled(VpdType);
        if (type is null)
        {
            RejectRequired(sink, PoliceColumns.VpdGeoDash[VpdType]);
            return;
        }

        if (!TryReadInt(sink, VpdYear, 1900, 2999, out int year) || !TryReadInt(sink, VpdMonth, 1, 12, out int month)
            || !TryReadInt(sink, VpdDay, 1, DateTime.DaysInMonth(year, month), out int day)
            || !TryReadInt(sink, VpdHour, 0, 23, out int hour) || !TryReadInt(sink, VpdMinute, 0, 59, out int minute))
        {
            return;
        }

        if (IsFuture(sink, PoliceColumns.VpdGeoDash[VpdYear], new DateOnly(year, month, day), string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}")))
        {
            return;
        }

        string? block = Pooled(VpdHundredBlock);
        string? neighbourhood = Pooled(VpdNeighbourhood);
        if (!TryReadVpdPoint(sink, block, out BngPoint? point, out string? context))
        {
            return;
        }

        var from = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        DateTime? to = null;
        if (hour == 0 && minute == 0)
        {
            // 4-5% of VPD's times are exactly 00:00 against the 0.07% a minute of the day would get: the time is not known,
            // so the crime is committed at some time that day (a daily forecast still counts it on its day).
            to = from.AddDays(1).AddSeconds(-1);
            Note(VpdMidnightNote);
        }

        CrimeRecord r = _crimes[Slot];
        r.Month = new YearMonth(year, month);
        r.CrimeId = null;
        r.ForceSlug = VpdForce;
        r.ReportedBy = VpdReportedBy;
        r.FallsWithin = null;
        r.Easting = point?.Easting;
        r.Northing = point?.Northing;
        (r.Longitude, r.Latitude) = point is { } p ? _converter!.ToWgs84(p) : ((double?)null, (double?)null); // VPD is never BNG
        r.Location = block is null ? neighbourhood : neighbourhood is null ? block : _pool.Get($"{block}, {neighbourhood}");
        r.LsoaCode = null;
        r.LsoaName = null;
        r.CategoryRaw = type;
        r.Category = VpdCategory(type);
        r.OutcomeRaw = null;
        r.Outcome = OutcomeCategory.Unknown;
        r.Context = context;
        r.OffenceCode = null;
        r.CommittedFrom = from;
        r.CommittedTo = to;
        Accept(sink, RowType.Crime);
    }

    // X = Y = 0 (withheld for privacy) and the headquarters placeholder are kept without a location, with the reason as the
    // record's context; blank X and Y is no location; anything else must be a point in zone 10N's area.
    private bool TryReadVpdPoint(IRowSink sink, string? block, out BngPoint? point, out string? context)
    {
        point = null;
        context = null;
        if (FieldParsers.TryParseDouble(Field(VpdX), out double x) && x == 0 && FieldParsers.TryParseDouble(Field(VpdY), out double y) && y == 0)
        {
            context = VpdWithheldNote;
            Note(VpdWithheldNote);
            return true;
        }

        if (string.Equals(block, VpdHeadquarters, StringComparison.OrdinalIgnoreCase))
        {
            context = VpdHeadquartersNote;
            Note(VpdHeadquartersNote);
            return true;
        }

        return TryReadEastingNorthing(sink, VpdX, VpdY, out point);
    }
    private bool TryReadInt(IRowSink sink, int column, int min, int max, out int value)
    {
        ReadOnlySpan<char> text = Field(column);
        string name = PoliceColumns.VpdGeoDash[column];
        if (IsBlank(text))
        {
            value = 0;
            RejectRequired(sink, name);
            return false;
        }

        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < min || value > max)
        {
            Reject(sink, name, string.Create(CultureInfo.InvariantCulture, $"not a whole number from {min} to {max}: {Quote(text)}"));
            return false;
        }

        return true;
    }
}
