using Lantern.Data.Store;
using Lantern.Web.Services;

namespace Lantern.Web.Endpoints;

/// <summary>A published tasking with its places and their patrol dosage.</summary>
internal sealed record PublicationView(TaskingPublication Publication, IReadOnlyList<PublishedPlace> Places, IReadOnlyList<PlaceDosage> Dosage);
