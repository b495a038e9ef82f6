namespace Lantern.Cli;

/// <summary>Expected bad input or usage, reported to the user as a message and an exit code (never a stack trace).</summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.BadInput)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
