namespace Lantern.Web.Security;

/// <summary>The roles an account can hold, and the authorisation policies built from them (deny by default).</summary>
internal static class Roles
{
    public const string Administrator = "administrator";
    public const string Analyst = "analyst";

    /// <summary>A tasking inspector: reviews and publishes the day's tasking.</summary>
    public const string Supervisor = "supervisor";

    public const string Officer = "officer";

    /// <summary>Community scrutiny panels and auditors: aggregates only, never person-level rows.</summary>
    public const string Scrutiny = "scrutiny";

    /// <summary>A public protection unit: the only role that sees person-level offender data (issue #6), every view justified and audited.</summary>
    public const string PublicProtection = "public-protection";

    public static readonly IReadOnlyList<string> All = [Administrator, Analyst, Supervisor, Officer, Scrutiny, PublicProtection];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>Named policies: each endpoint and page names one.</summary>
    internal static class Policies
    {
        /// <summary>Any signed-in account.</summary>
        public const string SignedIn = "signed-in";

        /// <summary>Make tasking lists, adjust places, import data: analysts.</summary>
        public const string Analysis = "analysis";

        /// <summary>See and publish tasking, dosage, downloads: analysts and supervisors.</summary>
        public const string Tasking = "tasking";

        /// <summary>Patrol view and visits: officers (and supervisors, who check what officers see).</summary>
        public const string Patrol = "patrol";

        /// <summary>Aggregates: coverage, the stop-and-search dashboard, the Section 60 register. Not officers, not scrutiny panels (<see cref="ScrutinyReport"/>).</summary>
        public const string Aggregates = "aggregates";

        /// <summary>The scrutiny panel's monthly stop-and-search report, small numbers suppressed: all a scrutiny panel sees; those who see aggregates may check it.</summary>
        public const string ScrutinyReport = "scrutiny-report";

        /// <summary>Any signed-in account but a scrutiny panel's: what every page needs besides data (boundaries for maps, the API description).</summary>
        public const string Staff = "staff";

        /// <summary>Person-level rows (individual stop-and-search records): analysts and supervisors, each view logged.</summary>
        public const string PersonLevel = "person-level";

        public const string Administration = "administration";

        /// <summary>
        /// Record Section 60 authorisations, extensions and withdrawals on the authorising officer's behalf: analysts and
        /// supervisors (tasking inspectors), who hold the written authorisation. Reading the register is <see cref="Aggregates"/>.
        /// </summary>
        public const string Section60Register = "section60-register";

        /// <summary>Person-level offender pages and API: the offender list, explanations, review decisions, exports. Public protection only.</summary>
        public const string PublicProtection = "public-protection";

        public static readonly IReadOnlyDictionary<string, string[]> RolesOf = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [SignedIn] = [.. All],
            [Analysis] = [Analyst],
            [Tasking] = [Analyst, Supervisor],
            [Patrol] = [Officer, Supervisor],
            [Aggregates] = [Administrator, Analyst, Supervisor],
            [ScrutinyReport] = [Administrator, Analyst, Supervisor, Scrutiny],
            [Staff] = [.. All.Where(r => r != Scrutiny)],
            [PersonLevel] = [Analyst, Supervisor],
            [Administration] = [Administrator],
            [Section60Register] = [Analyst, Supervisor],
            [PublicProtection] = [Roles.PublicProtection],
        };
    }
}
