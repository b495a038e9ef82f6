using System.CommandLine;
using Lantern.Data.Store;

namespace Lantern.Cli;

/// <summary>Options every command takes.</summary>
internal sealed class GlobalOptions
{
    public const string DefaultDbFile = "lantern.db";

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "The database: a SQLite file, or a PostgreSQL URL postgres://user:password@host:port/database " +
            "(either created on first use). Default: $LANTERN_DB, else ./lantern.db",
        Recursive = true,
    };

    /// <summary>The database (a file path or a PostgreSQL URL): --db, else LANTERN_DB, else ./lantern.db.</summary>
    public string DbPath(ParseResult parse, CliContext context)
    {
        string? db = parse.GetValue(Db);
        if (!string.IsNullOrWhiteSpace(db))
        {
            return Checked(db);
        }

        string? env = context.Environment("LANTERN_DB");
        return string.IsNullOrWhiteSpace(env) ? DefaultDbFile : Checked(env);
    }

    /// <summary>A PostgreSQL URL that cannot be read is a usage error, said before anything is opened.</summary>
    public static string Checked(string db)
    {
        if (PostgresStore.IsUrl(db))
        {
            try
            {
                PostgresStore.Parse(db);
            }
            catch (FormatException e)
            {
                throw new CliException($"--db: {e.Message}", ExitCodes.Usage);
            }
        }

        return db;
    }
}
