namespace Lantern.Core.Forces;

/// <summary>A police force as data.police.uk names it.</summary>
/// <param name="Slug">The id in data.police.uk file names and API, e.g. <c>gwent</c>, <c>city-of-london</c>.</param>
/// <param name="Name">The full name, e.g. "Gwent Police".</param>
public sealed record PoliceForce(string Slug, string Name);
