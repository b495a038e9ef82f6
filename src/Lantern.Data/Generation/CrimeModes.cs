using Lantern.Core.Crimes;

namespace Lantern.Data.Generation;

/// <summary>
/// The synthetic force's crime model, as data: each category's share and near-repeat parameters, and the modes
/// that make it up. Proportions follow real street files of a mixed urban force (Gwent, 2024-07 to 2024-12:
/// violence and sexual offences 37%, anti-social behaviour 16%, public order 11%, criminal damage 10% ...).
/// </summary>
internal static class CrimeModes
{
    // Day-of-week weights, Monday first.
    private static readonly double[] s_flat = [1, 1, 1, 1, 1, 1, 1];
    private static readonly double[] s_nightlife = [0.6, 0.6, 0.7, 0.85, 1.4, 1.9, 1.6];
    private static readonly double[] s_homeWeekend = [1.0, 0.95, 0.95, 0.95, 1.05, 1.15, 1.2];
    private static readonly double[] s_weekendEvening = [0.9, 0.9, 0.95, 1.0, 1.2, 1.25, 0.95];
    private static readonly double[] s_trading = [1.05, 1.05, 1.05, 1.05, 1.1, 1.15, 0.6];
    private static readonly double[] s_weekdays = [1.1, 1.1, 1.1, 1.1, 1.05, 0.8, 0.75];

    private const int Summer = 190;
    private const int Winter = 350;

    private static readonly OutcomeProfile s_violent = new("violent",
        ("Unable to prosecute suspect", 0.50), ("Investigation complete; no suspect identified", 0.14),
        (OutcomeProfile.StatusUpdateUnavailable, 0.10),
        (OutcomeProfile.SuspectCharged, 0.09), ("Local resolution", 0.05), ("Action to be taken by another organisation", 0.015),
        ("Formal action is not in the public interest", 0.01), ("Further investigation is not in the public interest", 0.01),
        ("Offender given a caution", 0.008), ("Further action is not in the public interest", 0.005),
        ("Suspect charged as part of another case", 0.002));

    private static readonly OutcomeProfile s_property = new("property",
        ("Investigation complete; no suspect identified", 0.58), ("Unable to prosecute suspect", 0.18),
        (OutcomeProfile.StatusUpdateUnavailable, 0.10),
        (OutcomeProfile.SuspectCharged, 0.05), ("Local resolution", 0.03), ("Action to be taken by another organisation", 0.01),
        ("Further investigation is not in the public interest", 0.01), ("Formal action is not in the public interest", 0.005),
        ("Offender given a caution", 0.005), ("Suspect charged as part of another case", 0.002));

    private static readonly OutcomeProfile s_shoplifting = new("shoplifting",
        ("Investigation complete; no suspect identified", 0.38), (OutcomeProfile.SuspectCharged, 0.22),
        ("Unable to prosecute suspect", 0.16),
        (OutcomeProfile.StatusUpdateUnavailable, 0.10), ("Local resolution", 0.05), ("Offender given a caution", 0.03),
        ("Offender given penalty notice", 0.02), ("Formal action is not in the public interest", 0.02),
        ("Further action is not in the public interest", 0.01));

    private static readonly OutcomeProfile s_drugs = new("drugs",
        (OutcomeProfile.SuspectCharged, 0.30), ("Local resolution", 0.18), ("Offender given a drugs possession warning", 0.15),
        (OutcomeProfile.StatusUpdateUnavailable, 0.10), ("Unable to prosecute suspect", 0.10), ("Offender given a caution", 0.05),
        ("Formal action is not in the public interest", 0.05), ("Further investigation is not in the public interest", 0.04),
        ("Further action is not in the public interest", 0.03));

    private static readonly OutcomeProfile s_weapons = new("weapons",
        (OutcomeProfile.SuspectCharged, 0.42), ("Unable to prosecute suspect", 0.18), (OutcomeProfile.StatusUpdateUnavailable, 0.10),
        ("Investigation complete; no suspect identified", 0.10), ("Local resolution", 0.06), ("Offender given a caution", 0.06),
        ("Formal action is not in the public interest", 0.04), ("Further investigation is not in the public interest", 0.04));

    private static readonly OutcomeProfile s_other = new("other",
        ("Unable to prosecute suspect", 0.38), ("Investigation complete; no suspect identified", 0.22),
        (OutcomeProfile.SuspectCharged, 0.14),
        (OutcomeProfile.StatusUpdateUnavailable, 0.10), ("Local resolution", 0.06), ("Action to be taken by another organisation", 0.05),
        ("Formal action is not in the public interest", 0.03), ("Further investigation is not in the public interest", 0.02));

    private static readonly OutcomeProfile s_none = new("anti-social behaviour");

    /// <summary>The 14 categories: share of events, near-repeat parameters and outcomes.</summary>
    public static IReadOnlyList<CategoryProfile> Categories { get; } =
    [
        new(CrimeCategory.ViolenceAndSexualOffences, 0.345, 0.10, 60, 4, 21, s_violent),
        new(CrimeCategory.AntiSocialBehaviour, 0.160, 0.25, 70, 4, 21, s_none),
        new(CrimeCategory.PublicOrder, 0.100, 0.10, 70, 4, 21, s_violent),
        new(CrimeCategory.CriminalDamageAndArson, 0.090, 0.15, 90, 6, 28, s_property),
        new(CrimeCategory.Shoplifting, 0.075, 0.20, 25, 5, 28, s_shoplifting),
        new(CrimeCategory.OtherTheft, 0.060, 0.10, 80, 6, 28, s_property),
        new(CrimeCategory.VehicleCrime, 0.048, 0.20, 100, 6, 28, s_property),
        new(CrimeCategory.Burglary, 0.038, 0.30, 100, 7, 28, s_property),
        new(CrimeCategory.Drugs, 0.028, 0.10, 80, 6, 28, s_drugs),
        new(CrimeCategory.OtherCrime, 0.025, 0.05, 80, 6, 28, s_other),
        new(CrimeCategory.PossessionOfWeapons, 0.009, 0.10, 80, 5, 21, s_weapons),
        new(CrimeCategory.Robbery, 0.008, 0.15, 120, 6, 28, s_property),
        new(CrimeCategory.BicycleTheft, 0.008, 0.20, 80, 6, 28, s_property),
        new(CrimeCategory.TheftFromThePerson, 0.006, 0.10, 80, 5, 21, s_property),
    ];

    /// <summary>Every mode of every category.</summary>
    public static IReadOnlyList<CrimeMode> All { get; } =
    [
        // Violence and sexual offences: night-time economy, at home, in public by day.
        new("violence: night-time economy", CrimeCategory.ViolenceAndSexualOffences, 0.30,
            [(PlaceKind.NightTimeEconomy, 0.85), (PlaceKind.HighStreetShop, 0.10), (PlaceKind.Transport, 0.05)], 0.02,
            HourShapes.NightEconomy, s_nightlife, 0.15, Summer, WindowKind.Instant),
        new("violence: domestic and neighbours", CrimeCategory.ViolenceAndSexualOffences, 0.52,
            [(PlaceKind.Residential, 1.0)], 0.08,
            HourShapes.Evening, s_homeWeekend, 0.08, Summer, WindowKind.Short),
        new("violence: public places by day", CrimeCategory.ViolenceAndSexualOffences, 0.18,
            [(PlaceKind.HighStreetShop, 0.35), (PlaceKind.Supermarket, 0.15), (PlaceKind.Transport, 0.15), (PlaceKind.Park, 0.15),
             (PlaceKind.Hospital, 0.10), (PlaceKind.Residential, 0.10)], 0.05,
            HourShapes.Daytime, s_flat, 0.10, Summer, WindowKind.Instant),

        // Anti-social behaviour: young people in parks and estates, the night-time economy, neighbours.
        new("anti-social behaviour: youth", CrimeCategory.AntiSocialBehaviour, 0.60,
            [(PlaceKind.Park, 0.35), (PlaceKind.Residential, 0.35), (PlaceKind.HighStreetShop, 0.15), (PlaceKind.Transport, 0.10),
             (PlaceKind.CarPark, 0.05)], 0.08,
            HourShapes.Youth, s_weekendEvening, 0.25, Summer + 5, WindowKind.Short),
        new("anti-social behaviour: night-time economy", CrimeCategory.AntiSocialBehaviour, 0.20,
            [(PlaceKind.NightTimeEconomy, 0.80), (PlaceKind.HighStreetShop, 0.20)], 0.02,
            HourShapes.NightEconomy, s_nightlife, 0.15, Summer, WindowKind.Instant),
        new("anti-social behaviour: neighbours", CrimeCategory.AntiSocialBehaviour, 0.20,
            [(PlaceKind.Residential, 1.0)], 0.08,
            HourShapes.Evening, s_flat, 0.15, Summer, WindowKind.Short),

        // Public order.
        new("public order: night-time economy", CrimeCategory.PublicOrder, 0.45,
            [(PlaceKind.NightTimeEconomy, 0.85), (PlaceKind.HighStreetShop, 0.10), (PlaceKind.Transport, 0.05)], 0.02,
            HourShapes.NightEconomy, s_nightlife, 0.12, Summer, WindowKind.Instant),
        new("public order: other", CrimeCategory.PublicOrder, 0.55,
            [(PlaceKind.Residential, 0.60), (PlaceKind.HighStreetShop, 0.20), (PlaceKind.Supermarket, 0.10), (PlaceKind.Park, 0.10)], 0.06,
            HourShapes.Evening, s_homeWeekend, 0.08, Summer, WindowKind.Instant),

        // Criminal damage and arson.
        new("criminal damage: overnight", CrimeCategory.CriminalDamageAndArson, 0.45,
            [(PlaceKind.Residential, 0.85), (PlaceKind.CarPark, 0.15)], 0.06,
            HourShapes.OvernightStart, s_flat, 0.08, Summer + 10, WindowKind.Overnight),
        new("criminal damage: evening", CrimeCategory.CriminalDamageAndArson, 0.55,
            [(PlaceKind.Residential, 0.50), (PlaceKind.Park, 0.20), (PlaceKind.HighStreetShop, 0.10), (PlaceKind.NightTimeEconomy, 0.10),
             (PlaceKind.Transport, 0.10)], 0.06,
            HourShapes.Youth, s_weekendEvening, 0.10, Summer + 10, WindowKind.Short),

        // Shoplifting: supermarkets and high-street shops in trading hours, a pre-Christmas rise.
        new("shoplifting", CrimeCategory.Shoplifting, 1.0,
            [(PlaceKind.Supermarket, 0.55), (PlaceKind.HighStreetShop, 0.45)], 0.0,
            HourShapes.Daytime, s_trading, 0.08, 345, WindowKind.Instant),

        // Other theft.
        new("other theft: public places", CrimeCategory.OtherTheft, 0.50,
            [(PlaceKind.HighStreetShop, 0.30), (PlaceKind.NightTimeEconomy, 0.25), (PlaceKind.Park, 0.20), (PlaceKind.Transport, 0.10),
             (PlaceKind.Supermarket, 0.10), (PlaceKind.Hospital, 0.05)], 0.04,
            HourShapes.Daytime, s_flat, 0.10, Summer, WindowKind.Short),
        new("other theft: homes and gardens", CrimeCategory.OtherTheft, 0.50,
            [(PlaceKind.Residential, 1.0)], 0.08,
            HourShapes.Daytime, s_flat, 0.12, Summer, WindowKind.Hours),

        // Vehicle crime: parked overnight at home, or by day in car parks.
        new("vehicle crime: overnight", CrimeCategory.VehicleCrime, 0.65,
            [(PlaceKind.Residential, 0.85), (PlaceKind.CarPark, 0.15)], 0.05,
            HourShapes.OvernightStart, s_flat, 0.08, 330, WindowKind.Overnight),
        new("vehicle crime: car parks", CrimeCategory.VehicleCrime, 0.35,
            [(PlaceKind.CarPark, 0.60), (PlaceKind.Supermarket, 0.30), (PlaceKind.Transport, 0.10)], 0.02,
            HourShapes.Daytime, s_flat, 0.05, 330, WindowKind.Hours),

        // Burglary: homes by day and by night (more in the dark months), businesses overnight.
        new("burglary: homes by day", CrimeCategory.Burglary, 0.40,
            [(PlaceKind.Residential, 1.0)], 0.04,
            HourShapes.LeavingHome, s_weekdays, 0.12, Winter, WindowKind.WorkingDay),
        new("burglary: homes by night", CrimeCategory.Burglary, 0.35,
            [(PlaceKind.Residential, 1.0)], 0.04,
            HourShapes.OvernightStart, s_flat, 0.12, Winter, WindowKind.Overnight),
        new("burglary: business and community", CrimeCategory.Burglary, 0.25,
            [(PlaceKind.HighStreetShop, 0.50), (PlaceKind.Supermarket, 0.15), (PlaceKind.NightTimeEconomy, 0.20),
             (PlaceKind.Hospital, 0.05),
             (PlaceKind.Residential, 0.10)], 0.03,
            HourShapes.OvernightStart, s_flat, 0.05, Winter, WindowKind.Overnight),

        // Drugs: found on patrol in the night-time economy, parks and some estates.
        new("drugs", CrimeCategory.Drugs, 1.0,
            [(PlaceKind.NightTimeEconomy, 0.30), (PlaceKind.Park, 0.30), (PlaceKind.Residential, 0.30), (PlaceKind.Transport, 0.10)], 0.04,
            HourShapes.Late, s_weekendEvening, 0.05, Summer, WindowKind.Instant),

        // Other crime.
        new("other crime", CrimeCategory.OtherCrime, 1.0,
            [(PlaceKind.Residential, 0.60), (PlaceKind.HighStreetShop, 0.20), (PlaceKind.NightTimeEconomy, 0.10),
             (PlaceKind.Hospital, 0.10)], 0.08,
            HourShapes.Daytime, s_flat, 0.03, Summer, WindowKind.Short),

        // Possession of weapons.
        new("possession of weapons", CrimeCategory.PossessionOfWeapons, 1.0,
            [(PlaceKind.NightTimeEconomy, 0.45), (PlaceKind.Residential, 0.25), (PlaceKind.Transport, 0.15), (PlaceKind.Park, 0.15)], 0.03,
            HourShapes.Late, s_nightlife, 0.10, Summer, WindowKind.Instant),

        // Robbery: personal property after dark, business robbery of shops.
        new("robbery: personal", CrimeCategory.Robbery, 0.85,
            [(PlaceKind.NightTimeEconomy, 0.35), (PlaceKind.Transport, 0.25), (PlaceKind.Park, 0.20), (PlaceKind.Residential, 0.20)], 0.04,
            HourShapes.Late, s_weekendEvening, 0.06, 330, WindowKind.Instant),
        new("robbery: business", CrimeCategory.Robbery, 0.15,
            [(PlaceKind.HighStreetShop, 0.50), (PlaceKind.Supermarket, 0.30), (PlaceKind.NightTimeEconomy, 0.20)], 0.0,
            HourShapes.Evening, s_flat, 0.05, 330, WindowKind.Instant),

        // Bicycle theft: stations, shops and homes, mostly summer.
        new("bicycle theft", CrimeCategory.BicycleTheft, 1.0,
            [(PlaceKind.Transport, 0.35), (PlaceKind.Residential, 0.30), (PlaceKind.HighStreetShop, 0.25), (PlaceKind.Park, 0.10)], 0.04,
            HourShapes.Daytime, s_weekdays, 0.30, Summer + 10, WindowKind.Hours),

        // Theft from the person: crowds at night and by day.
        new("theft from the person: night", CrimeCategory.TheftFromThePerson, 0.55,
            [(PlaceKind.NightTimeEconomy, 0.85), (PlaceKind.Transport, 0.15)], 0.0,
            HourShapes.NightEconomy, s_nightlife, 0.08, Summer, WindowKind.Short),
        new("theft from the person: day", CrimeCategory.TheftFromThePerson, 0.45,
            [(PlaceKind.HighStreetShop, 0.55), (PlaceKind.Transport, 0.30), (PlaceKind.Supermarket, 0.15)], 0.0,
            HourShapes.Daytime, s_trading, 0.08, 345, WindowKind.Short),
    ];

    /// <summary>The profile of a category.</summary>
    /// <param name="category">One of the 14 current categories.</param>
    /// <returns>The profile.</returns>
    public static CategoryProfile Profile(CrimeCategory category)
    {
        foreach (CategoryProfile p in Categories)
        {
            if (p.Category == category)
            {
                return p;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(category), category, "Not a category the generator makes.");
    }
}
