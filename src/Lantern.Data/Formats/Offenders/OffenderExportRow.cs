using Lantern.Core.Offenders;

namespace Lantern.Data.Formats.Offenders;

/// <summary>One valid row of an offender records export: the record, its outcome, and the person's wanted status and (audit-only) characteristics.</summary>
/// <param name="Line">The physical line it came from.</param>
/// <param name="Record">The record the scorer may read.</param>
/// <param name="Outcome">The outcome as the force wrote it, or null.</param>
/// <param name="Wanted">Whether the person is an outstanding suspect.</param>
/// <param name="Demographic">Sex, age band and ethnicity: for fairness audits only, never scored.</param>
internal sealed record OffenderExportRow(long Line, OffenderRecord Record, string? Outcome, bool Wanted, Demographic Demographic);
