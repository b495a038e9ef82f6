using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// Sign-in sessions that were signed out of: every request's cookie is checked against them, so that a copy of a
/// signed-out cookie (another browser, a proxy's log) stops working at once rather than when it would have expired.
/// </summary>
internal static class EndedSession
{
    /// <summary>Records that a session ended, and forgets those ended before <paramref name="forgetBefore"/> (no cookie that old is accepted).</summary>
    public static void End(LanternStore store, string session, long accountId, DateTimeOffset at, DateTimeOffset forgetBefore)
    {
        ArgumentNullException.ThrowIfNull(store);
        store.Connection.Execute(
            "INSERT INTO ended_session (session, account_id, ended_at) VALUES (@session, @accountId, @at) ON CONFLICT (session) DO NOTHING",
            new { session, accountId, at = Account.Iso(at) });
        store.Connection.Execute("DELETE FROM ended_session WHERE ended_at < @before", new { before = Account.Iso(forgetBefore) });
    }

    /// <summary>Whether the session was signed out of.</summary>
    public static bool IsEnded(LanternStore store, string session)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Connection.ExecuteScalar<long?>("SELECT 1 FROM ended_session WHERE session = @session", new { session }) is not null;
    }
}
