namespace Lantern.Cli;

/// <summary>Exit codes of the <c>lantern</c> command, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: a file, row, value or database the command could not use. The message says which.</summary>
    public const int BadInput = 1;

    /// <summary>Usage error: unknown command or option, or a missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>A fault in Lantern itself; please report it with the message.</summary>
    public const int InternalError = 3;
}
