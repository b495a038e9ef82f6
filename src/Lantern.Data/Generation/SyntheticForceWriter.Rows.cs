using System.Globalization;
using System.Text;
using Lantern.Core.Crimes;
using Lantern.Core.Geography;
using Lantern.Core.Time;

namespace Lantern.Data.Generation;

/// <content>One crime, two views: the per-crime choices and the CSV rows.</content>
internal static partial class SyntheticForceWriter
{
    private const string AwaitingCourtOutcome = "Awaiting court outcome";
    private const string CourtResultUnavailable = "Court result unavailable";

    private static readonly CultureInfo s_invariant = CultureInfo.InvariantCulture;

    private sealed partial class WriteState
    {
        // Decides everything both views share (location published or not, crime id, outcome, offence code), keeps the
        // street row for the month's sorted file and writes the force export row at once.
        public void Add(SyntheticCrime crime)
        {
            Events++;
            int snap = -1;
            int lsoa = int.MaxValue;
            if (_random.Chance(NoLocationShare))
            {
                NoLocationRows++;
            }
            else
            {
                snap = town.NearestSnapPoint(crime.Easting, crime.Northing);
                lsoa = town.SnapPoints[snap].Lsoa;
            }

            bool asb = crime.Category == CrimeCategory.AntiSocialBehaviour;
            ulong id0 = 0, id1 = 0, id2 = 0, id3 = 0;
            string lastOutcome = string.Empty;
            string exportOutcome = string.Empty;
            string? outcomeType = null;
            YearMonth outcomeMonth = crime.Month;
            if (!asb)
            {
                // Anti-social behaviour has no crime id and no outcome in data.police.uk files.
                id0 = _random.NextUInt64();
                id1 = _random.NextUInt64();
                id2 = _random.NextUInt64();
                id3 = _random.NextUInt64();
                string outcome = CrimeModes.Profile(crime.Category).Outcomes.Draw(_random);
                if (outcome == OutcomeProfile.StatusUpdateUnavailable)
                {
                    lastOutcome = exportOutcome = outcome;
                }
                else
                {
                    outcomeMonth = crime.Month.PlusMonths(Math.Min(12, (int)_random.Exponential(OutcomeProfile.MeanLagMonths(outcome))));
                    if (outcomeMonth > options.LastMonth)
                    {
                        lastOutcome = exportOutcome = OutcomeProfile.UnderInvestigation;
                    }
                    else
                    {
                        outcomeType = exportOutcome = outcome;

                        // Street files show a charged crime's court status, not the charge.
                        lastOutcome = outcome == OutcomeProfile.SuspectCharged
                            ? _random.Chance(0.35) ? AwaitingCourtOutcome : CourtResultUnavailable
                            : outcome;
                    }
                }
            }

            string offenceCode = OffenceCodes.Draw(crime.Category, crime.Setting, _random);
            _rows.Add(new StreetRow(snap, lsoa, crime.Category, id0, id1, id2, id3, lastOutcome, outcomeType, outcomeMonth));
            AppendExportRow(crime, snap, offenceCode, exportOutcome);
        }

        private void AppendExportRow(SyntheticCrime crime, int snap, string offenceCode, string outcome)
        {
            if (crime.From.Year != _referenceYear)
            {
                _referenceYear = crime.From.Year;
                _referenceNumber = 0;
            }

            StringBuilder sb = _export;
            sb.Append(s_invariant, $"LD-{_referenceYear}-{++_referenceNumber:D6},{SyntheticForce.Slug},{offenceCode},");
            sb.Append(CrimeCategories.Name(crime.Category));
            sb.Append(s_invariant, $",{crime.From:yyyy-MM-ddTHH:mm},{crime.To:yyyy-MM-ddTHH:mm},");
            if (snap < 0)
            {
                sb.Append(",,,,No location,,");
            }
            else
            {
                SnapPoint point = town.SnapPoints[snap];
                (double lon, double lat) = _grid.ToWgs84(new BngPoint(crime.Easting, crime.Northing));
                sb.Append(s_invariant, $"{crime.Easting:F1},{crime.Northing:F1},{lon:F6},{lat:F6},");
                AppendField(sb, point.Street);
                sb.Append(',').Append(town.Lsoas[point.Lsoa].Code).Append(',');
            }

            AppendField(sb, outcome);
            sb.Append('\n');
        }

        private void AppendStreetRow(StringBuilder sb, StreetRow row)
        {
            AppendId(sb, row);
            sb.Append(',').Append(_month.ToString()).Append(',');
            AppendPlace(sb, row, "No Location");
            sb.Append(',').Append(CrimeCategories.Name(row.Category)).Append(',');
            AppendField(sb, row.LastOutcome);
            sb.Append(",\n");
        }

        private void AppendOutcomeRow(StringBuilder sb, StreetRow row)
        {
            AppendId(sb, row);
            sb.Append(',').Append(row.OutcomeMonth.ToString()).Append(',');

            // The outcomes files spell it "No location"; the street files "No Location" (both real).
            AppendPlace(sb, row, "No location");
            sb.Append(',');
            AppendField(sb, row.OutcomeType ?? string.Empty);
            sb.Append('\n');
        }

        private static void AppendId(StringBuilder sb, StreetRow row)
        {
            if (row.Category != CrimeCategory.AntiSocialBehaviour)
            {
                sb.Append(s_invariant, $"{row.Id0:x16}{row.Id1:x16}{row.Id2:x16}{row.Id3:x16}");
            }
        }

        // "Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name".
        private void AppendPlace(StringBuilder sb, StreetRow row, string noLocation)
        {
            sb.Append(_forceName).Append(',').Append(_forceName).Append(',');
            if (row.Snap < 0)
            {
                sb.Append(",,").Append(noLocation).Append(",,");
                return;
            }

            SnapPoint point = town.SnapPoints[row.Snap];
            SyntheticLsoa lsoa = town.Lsoas[point.Lsoa];
            sb.Append(s_invariant, $"{point.Longitude:F6},{point.Latitude:F6},");
            AppendField(sb, point.Location);
            sb.Append(',').Append(lsoa.Code).Append(',');
            AppendField(sb, lsoa.Name);
        }
    }

    // RFC 4180 quoting, for the day a name holds a comma or quote (none of the generated names do).
    private static void AppendField(StringBuilder sb, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\n\r") < 0)
        {
            sb.Append(value);
            return;
        }

        sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
