using Lantern.Core.StopSearch.Section60;

namespace Lantern.Analysis;

/// <summary>Why an authorisation, extension or withdrawal was not recorded: a field that could not be read, or a rule it breaks.</summary>
/// <param name="Field">The field, as the CLI's option and the API's property name it (<c>rank</c>, <c>end</c>, <c>area</c>, ...).</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
/// <param name="Rule">The rule broken, or null for a field that could not be read.</param>
internal sealed record Section60Problem(string Field, string Message, Section60Rule? Rule = null);
