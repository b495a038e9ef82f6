using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;
using static Lantern.Data.Formats.PoliceColumns;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    private const int MaxMapped = 1024;

    // Raw values come from the string pool, so equal texts are usually the same instance: mapping by reference skips
    // hashing the text. Bounded like the pool.
    private readonly Dictionary<string, CrimeCategory> _categories = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, OutcomeCategory> _outcomeCategories = new(ReferenceEqualityComparer.Instance);

    private void ReadStreet(IRowSink sink)
    {
        if (!TryReadMonth(sink, out YearMonth month)
            || !TryReadLonLat(sink, PoliceColumns.Longitude, PoliceColumns.Latitude, out double? lon, out double? lat)
            || !TryReadForce(sink, out string? reportedBy, out string? fallsWithin, out string slug))
        {
            return;
        }

        string? categoryRaw = Pooled(CrimeType);
        if (categoryRaw is null)
        {
            RejectRequired(sink, Street[CrimeType]);
            return;
        }

        CrimeRecord r = _crimes[Slot];
        FillLocated(r, month, reportedBy, fallsWithin, slug, lon, lat);
        r.CategoryRaw = categoryRaw;
        r.Category = MapCategory(categoryRaw);
        r.OutcomeRaw = Pooled(LastOutcome);
        r.Outcome = MapOutcome(r.OutcomeRaw);
        r.Context = Text(PoliceColumns.Context);
        r.OffenceCode = null;
        r.CommittedFrom = null;
        r.CommittedTo = null;
        Accept(sink, RowType.Crime);
    }

    private void ReadOutcome(IRowSink sink)
    {
        if (!TryReadMonth(sink, out YearMonth month)
            || !TryReadLonLat(sink, PoliceColumns.Longitude, PoliceColumns.Latitude, out double? lon, out double? lat)
            || !TryReadForce(sink, out string? reportedBy, out string? fallsWithin, out string slug))
        {
            return;
        }

        string? outcomeRaw = Pooled(OutcomeType);
        if (outcomeRaw is null)
        {
            RejectRequired(sink, PoliceColumns.Outcomes[OutcomeType]);
            return;
        }

        OutcomeRecord r = _outcomes[Slot];
        FillLocated(r, month, reportedBy, fallsWithin, slug, lon, lat);
        r.OutcomeRaw = outcomeRaw;
        r.Outcome = MapOutcome(outcomeRaw);
        Accept(sink, RowType.Outcome);
    }

    /// <summary>The fields street and outcomes rows share, from the row's columns.</summary>
    private void FillLocated(LocatedRecord r, YearMonth month, string? reportedBy, string? fallsWithin, string slug, double? lon, double? lat)
    {
        r.Month = month;
        r.CrimeId = Text(CrimeId);
        r.ForceSlug = slug;
        r.ReportedBy = reportedBy;
        r.FallsWithin = fallsWithin;
        SetLocation(lon, lat, out double? easting, out double? northing);
        r.Longitude = lon;
        r.Latitude = lat;
        r.Easting = easting;
        r.Northing = northing;
        r.Location = Pooled(PoliceColumns.Location);
        r.LsoaCode = Pooled(LsoaCode);
        r.LsoaName = Pooled(LsoaName);
    }

    // The file's own month is kept even when it differs from the file name's: data.police.uk files are named by
    // publication month, and a record's month is what it says. Spaces around it (a spreadsheet's padded cell) are let
    // pass, as they are around a coordinate, a date or a flag.
    private bool TryReadMonth(IRowSink sink, out YearMonth month)
    {
        ReadOnlySpan<char> text = Field(PoliceColumns.Month);
        if (YearMonth.TryParse(text.Trim(), out month))
        {
            return !IsFuture(sink, Street[PoliceColumns.Month], new DateOnly(month.Year, month.Month, 1), text);
        }

        if (IsBlank(text))
        {
            RejectRequired(sink, Street[PoliceColumns.Month]);
        }
        else
        {
            Reject(sink, Street[PoliceColumns.Month], "not a month (expected yyyy-MM): " + Quote(text));
        }

        return false;
    }

    // The force is the one the row falls within, else the one that reported it, else the file name's.
    private bool TryReadForce(IRowSink sink, out string? reportedBy, out string? fallsWithin, out string slug)
    {
        reportedBy = Pooled(ReportedBy);
        fallsWithin = Pooled(FallsWithin);
        string? named = Slug(fallsWithin) ?? Slug(reportedBy);
        string? found = named ?? ForceSlugFromFileName ?? FallbackForceSlug;
        if (found is null)
        {
            Reject(sink, Street[FallsWithin], "no force: 'Falls within' and 'Reported by' name no force and the file name has none");
            slug = string.Empty;
            return false;
        }

        if (named is null)
        {
            GivenForce = found;
        }

        if (named is null && (fallsWithin ?? reportedBy) is { } unknown)
        {
            // Kept, as an unknown category is: the file's force is whose rows these are. Said, so that a misspelt or foreign
            // force is seen in the import report rather than counted as the file's force unnoticed.
            Note(_notes.Count < MaxNotes
                ? $"names a force Lantern does not know ({Quote(unknown)}): taken as the file's ({found})"
                : $"names a force Lantern does not know: taken as the file's ({found})");
        }

        slug = found;
        return true;
    }

    private void SetLocation(double? longitude, double? latitude, out double? easting, out double? northing)
    {
        if (longitude is { } lon && latitude is { } lat)
        {
            BngPoint p = _projector.ToBng(lon, lat);
            easting = p.Easting;
            northing = p.Northing;
        }
        else
        {
            easting = null;
            northing = null;
        }
    }

    private CrimeCategory MapCategory(string raw)
    {
        if (!_categories.TryGetValue(raw, out CrimeCategory category))
        {
            if (_categories.Count >= MaxMapped)
            {
                _categories.Clear();
            }

            category = CrimeCategories.FromRaw(raw);
            _categories.Add(raw, category);
        }

        return category;
    }

    private OutcomeCategory MapOutcome(string? raw)
    {
        if (raw is null)
        {
            return OutcomeCategory.Unknown;
        }

        if (!_outcomeCategories.TryGetValue(raw, out OutcomeCategory outcome))
        {
            if (_outcomeCategories.Count >= MaxMapped)
            {
                _outcomeCategories.Clear();
            }

            outcome = OutcomeCategories.FromRaw(raw);
            _outcomeCategories.Add(raw, outcome);
        }

        return outcome;
    }
}
