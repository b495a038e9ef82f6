using Spectre.Console;

namespace Lantern.Cli;

/// <summary>Where a command writes and what it may ask of its surroundings; tests build one over string writers.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, bool interactive, TimeProvider time, Func<string, string?> environment)
    {
        Out = output;
        Err = error;
        Interactive = interactive;
        Time = time;
        Environment = environment;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Piped output: wide enough that tables do not wrap mid-word in a log file.
            Console.Profile.Width = 200;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    /// <summary>True on a terminal: progress bars and colour. False when piped: plain lines.</summary>
    public bool Interactive { get; }

    public TimeProvider Time { get; }

    public Func<string, string?> Environment { get; }

    public IAnsiConsole Console { get; }

    public static CliContext FromConsole() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected, TimeProvider.System,
            System.Environment.GetEnvironmentVariable);
}
