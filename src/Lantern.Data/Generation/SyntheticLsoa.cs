namespace Lantern.Data.Generation;

/// <summary>
/// A fictional LSOA. Codes start with "X" (X01… for LSOAs, X02… for MSOAs), a letter no ONS GSS code uses (they
/// begin E, W, S, N, K, L, M or J), so synthetic codes can never collide with real ones.
/// </summary>
/// <param name="Code">e.g. <c>X01000001</c>.</param>
/// <param name="Name">e.g. "Lanternbury 001A".</param>
/// <param name="MsoaCode">e.g. <c>X02000001</c>.</param>
/// <param name="MsoaName">e.g. "Lanternbury 001".</param>
/// <param name="Easting">The generating point's easting: the LSOA is every place nearer to it than to any other.</param>
/// <param name="Northing">The generating point's northing.</param>
internal sealed record SyntheticLsoa(string Code, string Name, string MsoaCode, string MsoaName, double Easting, double Northing);
