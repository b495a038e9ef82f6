using Lantern.Core.Crimes;

namespace Lantern.Core.Offenders;

/// <summary>
/// One record about a person: a crime they are alleged to have committed (suspect, charged, convicted) or suffered
/// (victim). There is deliberately no field for any protected characteristic: sex, age and ethnicity are held apart in
/// <see cref="PersonDemographics"/>, which the scorer never sees (DESIGN.md, "Conventions of the domain").
/// </summary>
/// <param name="PersonId">The person's pseudonymous id.</param>
/// <param name="Reference">The crime's reference in the force's system.</param>
/// <param name="Date">When the offence was committed (or reported, when that is all the system holds).</param>
/// <param name="OffenceCode">The Home Office offence code, e.g. <c>019/07</c>.</param>
/// <param name="Category">The data.police.uk category, used when the weights do not list the code.</param>
/// <param name="Role">The person's part in it.</param>
/// <param name="Domestic">Whether the force flagged the crime domestic.</param>
/// <param name="VictimId">The victim's pseudonymous id where known (on offender records), else null.</param>
public readonly record struct OffenderRecord(string PersonId, string Reference, DateOnly Date, string OffenceCode, CrimeCategory Category,
    OffenderRole Role, bool Domestic, string? VictimId);
