using Lantern.Core.Crimes;

namespace Lantern.Data.Generation;

/// <summary>
/// Home Office offence codes for synthetic crimes, written as force systems do (class/subclass, e.g. <c>008/01</c>)
/// and chosen by category and the kind of place (a burglary at a home is residential, at a shop business).
/// </summary>
/// <remarks>
/// The class numbers follow the Home Office Counting Rules (8 and 105 violence, 28 and 30 burglary, 34 robbery,
/// 46 shoplifting, 58 criminal damage, 92 drugs, ...); the subclasses are illustrative. This is synthetic data, not
/// a reference list of codes.
/// </remarks>
internal static class OffenceCodes
{
    private static readonly Choice s_violenceNight =
        new(("105/01", 0.45), ("008/01", 0.40), ("005/01", 0.06), ("020/01", 0.06), ("019/01", 0.03));
    private static readonly Choice s_violenceHome =
        new(("105/01", 0.34), ("008/49", 0.30), ("008/01", 0.22), ("020/01", 0.05), ("019/01", 0.05), ("005/01", 0.04));
    private static readonly Choice s_violencePublic = new(("105/01", 0.55), ("008/01", 0.30), ("008/49", 0.10), ("020/01", 0.05));
    private static readonly Choice s_burglaryHome = new(("028/01", 0.85), ("028/02", 0.15));
    private static readonly Choice s_burglaryBusiness = new(("030/01", 0.85), ("030/02", 0.15));
    private static readonly Choice s_robberyPersonal = new(("034/02", 1.0));
    private static readonly Choice s_robberyBusiness = new(("034/01", 1.0));
    private static readonly Choice s_damageHome = new(("058/01", 0.45), ("058/03", 0.40), ("056/02", 0.10), ("056/01", 0.05));
    private static readonly Choice s_damageVehicle = new(("058/03", 0.90), ("056/02", 0.10));
    private static readonly Choice s_damageOther = new(("058/02", 0.35), ("058/04", 0.45), ("056/02", 0.15), ("056/01", 0.05));
    private static readonly Choice s_theftHome = new(("049/00", 0.75), ("040/00", 0.25));
    private static readonly Choice s_theftOther = new(("049/00", 0.85), ("041/00", 0.15));
    private static readonly Choice s_publicOrder = new(("009/01", 0.88), ("009/02", 0.08), ("062/01", 0.04));
    private static readonly Choice s_vehicle = new(("045/00", 0.60), ("048/00", 0.20), ("126/00", 0.20));
    private static readonly Choice s_shoplifting = new(("046/00", 1.0));
    private static readonly Choice s_drugs = new(("092/05", 0.60), ("092/04", 0.20), ("092/01", 0.20));
    private static readonly Choice s_weapons = new(("010/04", 0.65), ("010/03", 0.30), ("010/01", 0.05));
    private static readonly Choice s_bicycle = new(("044/00", 1.0));
    private static readonly Choice s_person = new(("039/00", 1.0));
    private static readonly Choice s_other = new(("099/00", 0.70), ("033/00", 0.30));

    /// <summary>Draws an offence code.</summary>
    /// <param name="category">The category.</param>
    /// <param name="setting">Where it happened.</param>
    /// <param name="random">The generator.</param>
    /// <returns>The code; empty for anti-social behaviour, which is not a crime.</returns>
    public static string Draw(CrimeCategory category, PlaceKind setting, DeterministicRandom random)
    {
        bool home = setting is PlaceKind.Residential or PlaceKind.Scattered;
        bool shop = setting is PlaceKind.HighStreetShop or PlaceKind.Supermarket;
        Choice? choice = category switch
        {
            CrimeCategory.ViolenceAndSexualOffences => setting == PlaceKind.NightTimeEconomy ? s_violenceNight
                : home ? s_violenceHome : s_violencePublic,
            CrimeCategory.Burglary => home ? s_burglaryHome : s_burglaryBusiness,
            CrimeCategory.Robbery => shop ? s_robberyBusiness : s_robberyPersonal,
            CrimeCategory.CriminalDamageAndArson => setting == PlaceKind.CarPark ? s_damageVehicle : home ? s_damageHome : s_damageOther,
            CrimeCategory.OtherTheft => home ? s_theftHome : s_theftOther,
            CrimeCategory.PublicOrder => s_publicOrder,
            CrimeCategory.VehicleCrime => s_vehicle,
            CrimeCategory.Shoplifting => s_shoplifting,
            CrimeCategory.Drugs => s_drugs,
            CrimeCategory.PossessionOfWeapons => s_weapons,
            CrimeCategory.BicycleTheft => s_bicycle,
            CrimeCategory.TheftFromThePerson => s_person,
            CrimeCategory.OtherCrime => s_other,
            _ => null,
        };
        return choice is null ? string.Empty : choice.Draw(random);
    }

    internal sealed class Choice
    {
        private readonly string[] _codes;
        private readonly double[] _cumulative;

        public Choice(params (string Code, double Weight)[] codes)
        {
            _codes = new string[codes.Length];
            _cumulative = new double[codes.Length];
            double sum = 0;
            for (int i = 0; i < codes.Length; i++)
            {
                _codes[i] = codes[i].Code;
                sum += codes[i].Weight;
                _cumulative[i] = sum;
            }
        }

        public string Draw(DeterministicRandom random) => _codes[random.Pick(_cumulative)];
    }
}
