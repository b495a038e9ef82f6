using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Lantern.Web.Security;

/// <summary>
/// Which policy guards each page. Deny by default: a page not listed here fails at startup (and in the authorisation
/// matrix test), so a new page cannot go out open by accident.
/// </summary>
internal static class PageRules
{
    public const string Anonymous = "anonymous";

    public static readonly IReadOnlyDictionary<string, string> PolicyOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Login"] = Anonymous,
        ["/Status"] = Anonymous, // what an address with no page, or a refused request, shows (LanternWeb: status code pages)
        ["/Denied"] = Roles.Policies.SignedIn,
        ["/Index"] = Roles.Policies.SignedIn,
        ["/Logout"] = Roles.Policies.SignedIn,
        ["/Password"] = Roles.Policies.SignedIn,
        ["/Tasking"] = Roles.Policies.Tasking,
        ["/Briefing"] = Roles.Policies.Tasking,
        ["/Dosage"] = Roles.Policies.Tasking,
        ["/Import"] = Roles.Policies.Analysis,
        ["/Forecasting/Index"] = Roles.Policies.Tasking,
        ["/Forecasting/Run"] = Roles.Policies.Analysis,
        ["/Coverage"] = Roles.Policies.Aggregates,
        ["/StopSearch/Index"] = Roles.Policies.Aggregates,
        ["/StopSearch/Boroughs"] = Roles.Policies.Aggregates,
        ["/StopSearch/Veil"] = Roles.Policies.Aggregates,
        ["/StopSearch/BodyWornVideo"] = Roles.Policies.Aggregates,
        ["/StopSearch/Places"] = Roles.Policies.Aggregates,
        ["/StopSearch/Scrutiny"] = Roles.Policies.ScrutinyReport,
        ["/StopSearch/Section60"] = Roles.Policies.Aggregates,
        ["/StopSearch/Section60Record"] = Roles.Policies.Section60Register,
        ["/Patrol/Index"] = Roles.Policies.Patrol,
        ["/Patrol/Place"] = Roles.Policies.Patrol,
        ["/Admin/Accounts"] = Roles.Policies.Administration,
        ["/Admin/Audit"] = Roles.Policies.Administration,
        ["/Admin/SubjectAccess"] = Roles.Policies.Administration,
        ["/Offenders/Index"] = Roles.Policies.PublicProtection,
        ["/Offenders/Person"] = Roles.Policies.PublicProtection,
    };

    public static void Apply(PageConventionCollection conventions)
    {
        conventions.AddFolderApplicationModelConvention("/", model =>
        {
            if (!PolicyOf.TryGetValue(model.ViewEnginePath, out string? policy))
            {
                throw new InvalidOperationException($"Page {model.ViewEnginePath} has no authorisation rule: add it to {nameof(PageRules)}.");
            }

            if (policy == Anonymous)
            {
                model.EndpointMetadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
            }
            else
            {
                model.EndpointMetadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(policy));
            }
        });
    }
}
