using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Lantern.Data.Store;

/// <summary>
/// One entry of the audit log (DOMAIN.md §7, Data Protection Act 2018 s.62): who did or saw what, when, and why. The log is
/// append-only (triggers refuse updates and deletes) and hash-chained: each entry's hash covers its own fields and the hash
/// of the entry before, so changing, removing or inserting an entry breaks every link after it.
/// </summary>
internal sealed record AuditEntry(long Id, string At, string Actor, string Action, string? Subject, string? Justification, string? Detail,
    string? Client, string PreviousHash, string Hash)
{
    /// <summary>The hash before the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const string Columns = "id, at, actor, action, subject, justification, detail, client, previous_hash AS PreviousHash, hash";

    /// <summary>
    /// Appends an entry and returns it, in <paramref name="transaction"/> or else a transaction of its own. The log is
    /// locked for writing first (<see cref="LanternStore.LockForWriting"/>), so two appends never chain to the same
    /// previous entry. A caller that passes its transaction appends last in it, after locking anything else it writes.
    /// </summary>
    public static AuditEntry Append(LanternStore store, DateTimeOffset at, string actor, string action, string? subject = null,
        string? justification = null, string? detail = null, string? client = null, System.Data.Common.DbTransaction? transaction = null)
    {
        System.Data.Common.DbTransaction? own = transaction is null ? store.BeginTransaction() : null;
        System.Data.Common.DbTransaction tx = transaction ?? own!; // one of the two is set
        try
        {
            store.LockForWriting(tx, "audit_entry");
            (long lastId, string? lastHash) = store.Connection.QueryFirstOrDefault<(long, string?)>(
                "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1", transaction: tx);
            string previous = lastHash ?? Genesis;
            long id = lastId + 1;
            string when = Account.Iso(at);
            string hash = ComputeHash(id, when, actor, action, subject, justification, detail, client, previous);
            store.Connection.Execute(
                "INSERT INTO audit_entry (id, at, actor, action, subject, justification, detail, client, previous_hash, hash) " +
                "VALUES (@id, @when, @actor, @action, @subject, @justification, @detail, @client, @previous, @hash)",
                new { id, when, actor, action, subject, justification, detail, client, previous, hash }, tx);
            own?.Commit();
            return new AuditEntry(id, when, actor, action, subject, justification, detail, client, previous, hash);
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>Entries matching the filters (text: without regard to case, in subject, justification or detail), newest first.</summary>
    public static IReadOnlyList<AuditEntry> Search(LanternStore store, string? actor, string? action, string? text, string? from, string? to, int limit) =>
        store.Connection.Query<AuditEntry>(
            $"SELECT {Columns} FROM audit_entry WHERE (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action) " +
            "AND (@text IS NULL OR lower(subject) LIKE @like OR lower(justification) LIKE @like OR lower(detail) LIKE @like) " +
            "AND (@from IS NULL OR at >= @from) AND (@to IS NULL OR at < @to) ORDER BY id DESC LIMIT @limit",
            new { actor, action, text, like = text is null ? null : "%" + text.ToLowerInvariant() + "%", from, to, limit }).AsList();

    /// <summary>
    /// Walks the chain from the first entry. Returns the number of entries checked and the first broken link (null when the
    /// chain is whole). Reads in pages, so a long log does not need to fit in memory.
    /// </summary>
    public static (long Checked, AuditBreak? Break) Verify(LanternStore store)
    {
        string previous = Genesis;
        long expectedId = 1;
        long count = 0;
        while (true)
        {
            var page = store.Connection.Query<AuditEntry>(
                $"SELECT {Columns} FROM audit_entry WHERE id >= @expectedId ORDER BY id LIMIT 10000", new { expectedId }).AsList();
            if (page.Count == 0)
            {
                return (count, null);
            }

            foreach (AuditEntry e in page)
            {
                count++;
                if (e.Id != expectedId)
                {
                    return (count, new AuditBreak(e.Id, $"entry {expectedId} is missing: the log jumps from {expectedId - 1} to {e.Id}"));
                }

                if (!string.Equals(e.PreviousHash, previous, StringComparison.Ordinal))
                {
                    return (count, new AuditBreak(e.Id, $"entry {e.Id} does not follow the entry before it (its previous hash is not that entry's hash)"));
                }

                string hash = ComputeHash(e.Id, e.At, e.Actor, e.Action, e.Subject, e.Justification, e.Detail, e.Client, e.PreviousHash);
                if (!string.Equals(hash, e.Hash, StringComparison.Ordinal))
                {
                    return (count, new AuditBreak(e.Id, $"entry {e.Id} was changed after it was written (its fields do not match its hash)"));
                }

                previous = e.Hash;
                expectedId++;
            }
        }
    }

    /// <summary>SHA-256 over the fields, each length-prefixed so that no two different entries write the same bytes.</summary>
    internal static string ComputeHash(long id, string at, string actor, string action, string? subject, string? justification, string? detail,
        string? client, string previous)
    {
        var sb = new StringBuilder();
        Field(sb, id.ToString(CultureInfo.InvariantCulture));
        Field(sb, at);
        Field(sb, actor);
        Field(sb, action);
        Field(sb, subject);
        Field(sb, justification);
        Field(sb, detail);
        Field(sb, client);
        Field(sb, previous);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));

        static void Field(StringBuilder sb, string? value)
        {
            // -1 for null keeps null and "" apart.
            sb.Append(value is null ? -1 : value.Length).Append(':').Append(value).Append('|');
        }
    }
}
