using Lantern.Core.StopSearch;
using static Lantern.Data.Formats.PoliceColumns;

namespace Lantern.Data.Formats;

internal sealed partial class PoliceFileReader
{
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

        if (!TryReadFlag(sink, SsPartOfOperation, out bool? partOfOperation)
            || !TryReadLonLat(sink, SsLongitude, SsLatitude, out double? lon, out double? lat)
            || !TryReadFlag(sink, SsOutcomeLinked, out bool? outcomeLinked)
            || !TryReadFlag(sink, SsRemoval, out bool? removal))
        {
            return;
        }

        StopSearchRecord r = _searches[Slot];
        r.TypeRaw = Pooled(SsType) ?? string.Empty;
        r.Type = StopSearchVocabulary.TypeFromRaw(r.TypeRaw);
        r.Date = date;
        r.PartOfPolicingOperation = partOfOperation;
        r.PolicingOperation = Pooled(SsOperation);
        r.Longitude = lon;
        r.Latitude = lat;
        SetLocation(lon, lat, out double? easting, out double? northing);
        r.Easting = easting;
        r.Northing = northing;
        r.GenderRaw = Pooled(SsGender);
        r.Gender = StopSearchVocabulary.GenderFromRaw(r.GenderRaw);
        r.AgeRangeRaw = Pooled(SsAgeRange);
        r.AgeRange = StopSearchVocabulary.AgeRangeFromRaw(r.AgeRangeRaw);
        r.SelfDefinedEthnicityRaw = Pooled(SsSelfDefined);
        r.SelfDefinedEthnicGroup = StopSearchVocabulary.EthnicGroupFromRaw(r.SelfDefinedEthnicityRaw);
        r.OfficerDefinedEthnicityRaw = Pooled(SsOfficerDefined);
        r.OfficerDefinedEthnicGroup = StopSearchVocabulary.EthnicGroupFromRaw(r.OfficerDefinedEthnicityRaw);
        r.LegislationRaw = Pooled(SsLegislation);
        r.Legislation = StopSearchVocabulary.LegislationFromRaw(r.LegislationRaw);
        r.ObjectOfSearchRaw = Pooled(SsObject);
        r.ObjectOfSearch = StopSearchVocabulary.ObjectOfSearchFromRaw(r.ObjectOfSearchRaw);
        r.OutcomeRaw = Pooled(SsOutcome);
        r.Outcome = StopSearchVocabulary.OutcomeFromRaw(r.OutcomeRaw);
        r.OutcomeLinkedToObjectOfSearch = outcomeLinked;
        r.RemovalOfMoreThanOuterClothing = removal;
        r.ForceSlug = ForceSlugFromFileName ?? FallbackForceSlug ?? string.Empty;
        Accept(sink, RowType.StopSearch);
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

        Reject(sink, StopAndSearch[column], "not True or False: " + Quote(text));
        return false;
    }
}
