namespace Lantern.Core.StopSearch.Section60;

/// <summary>One rule an authorisation or extension breaks, with the field at fault and a message a user can act on.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Field">The field at fault, as the CLI and API name it: <c>rank</c>, <c>end</c>, <c>until</c>, ...</param>
/// <param name="Message">What is wrong and what the rules allow, with UK local times.</param>
public sealed record Section60Breach(Section60Rule Rule, string Field, string Message);
