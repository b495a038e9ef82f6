using Lantern.Core.StopSearch;
using Lantern.Core.Time;
using static Lantern.Data.Formats.PoliceColumns;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
    private static readonly SearchColumns s_dataPoliceUk = new(SsType, SsOperation, SsGender, SsAgeRange, SsSelfDefined, SsOfficerDefined, SsLegislation,
        SsObject, SsOutcome);

    private static readonly SearchColumns s_export = new(SxType, SxOperation, SxGender, SxAgeRange, SxSelfDefined, SxOfficerDefined, SxLegislation,
        SxObject, SxOutcome);

    private void ReadStopSearch(IRowSink sink)
    {
        ReadOnlySpan<char> dateText = Field(SsDate);
        if (IsBlank(dateText))
        {
            RejectRequired(sink, StopAndSearch[SsDate]);
            return;
        }

        if (!FieldParsers.TryParseUtc(dateText, out DateTimeOffset date))
        {
            Reject(sink, StopAndSearch[SsDate], "not a date-time (expected ISO 8601 such as 2024-07-01T13:45:00+00:00): " + Quote(dateText));
            return;
        }

        if (IsFuture(sink, StopAndSearch[SsDate], UkTime.DateOf(date), dateText))
        {
            return;
        }

        if (!TryReadFlag(sink, SsPartOfOperation, out bool? partOfOperation)
            || !TryReadLonLat(sink, SsLongitude, SsLatitude, out double? lon, out double? lat)
            || !TryReadFlag(sink, SsOutcomeLinked, out bool? outcomeLinked)
            || !TryReadFlag(sink, SsRemoval, out bool? removal))
        {
            return;
        }

        StopSearchRecord r = _searches[Slot];
        SetLocation(lon, lat, out double? easting, out double? northing);
        FillSearch(r, s_dataPoliceUk, date, lon, lat, easting, northing, partOfOperation, outcomeLinked, removal);
        r.ForceSlug = ForceSlugFromFileName ?? FallbackForceSlug ?? string.Empty;
        GivenForce = r.ForceSlug; // the rows never name their force (the importer refuses a file with neither)
        r.SearchId = null;
        r.OfficerId = null;
        r.Team = null;
        r.BodyWornVideo = null;
        r.BodyWornVideoReason = null;
        r.Section60Authorisation = null;
        r.Grounds = null;
        Accept(sink, RowType.StopSearch);
    }

    // The vocabularies both kinds of stop-and-search file share, mapped the same way.
    private void FillSearch(StopSearchRecord r, SearchColumns c, DateTimeOffset date, double? lon, double? lat, double? easting, double? northing,
        bool? partOfOperation, bool? outcomeLinked, bool? removal)
    {
        r.TypeRaw = Pooled(c.Type) ?? string.Empty;
        r.Type = StopSearchVocabulary.TypeFromRaw(r.TypeRaw);
        r.Date = date;
        r.PartOfPolicingOperation = partOfOperation;
        r.PolicingOperation = Pooled(c.Operation);
        r.Longitude = lon;
        r.Latitude = lat;
        r.Easting = easting;
        r.Northing = northing;
        r.GenderRaw = Pooled(c.Gender);
        r.Gender = StopSearchVocabulary.GenderFromRaw(r.GenderRaw);
        r.AgeRangeRaw = Pooled(c.AgeRange);
        r.AgeRange = StopSearchVocabulary.AgeRangeFromRaw(r.AgeRangeRaw);
        r.SelfDefinedEthnicityRaw = Pooled(c.SelfDefined);
        r.SelfDefinedEthnicGroup = StopSearchVocabulary.EthnicGroupFromRaw(r.SelfDefinedEthnicityRaw);
        r.OfficerDefinedEthnicityRaw = Pooled(c.OfficerDefined);
        r.OfficerDefinedEthnicGroup = StopSearchVocabulary.EthnicGroupFromRaw(r.OfficerDefinedEthnicityRaw);
        r.LegislationRaw = Pooled(c.Legislation);
        r.Legislation = StopSearchVocabulary.LegislationFromRaw(r.LegislationRaw);
        r.ObjectOfSearchRaw = Pooled(c.Object);
        r.ObjectOfSearch = StopSearchVocabulary.ObjectOfSearchFromRaw(r.ObjectOfSearchRaw);
        r.OutcomeRaw = Pooled(c.Outcome);
        r.Outcome = StopSearchVocabulary.OutcomeFromRaw(r.OutcomeRaw);
        r.OutcomeLinkedToObjectOfSearch = outcomeLinked;
        r.RemovalOfMoreThanOuterClothing = removal;
    }

    private bool TryReadFlag(IRowSink sink, int column, out bool? value)
    {
        ReadOnlySpan<char> text = Field(column);
        value = null;
        if (IsBlank(text))
        {
            return true;
        }

        if (FieldParsers.TryParseFlag(text, out bool flag))
        {
            value = flag;
            return true;
        }

        Reject(sink, PoliceColumns.For(Kind)[column], "not True or False: " + Quote(text));
        return false;
    }

    // Where a kind of stop-and-search file keeps each vocabulary (canonical column indexes).
    private readonly record struct SearchColumns(int Type, int Operation, int Gender, int AgeRange, int SelfDefined, int OfficerDefined, int Legislation,
        int Object, int Outcome);
}
