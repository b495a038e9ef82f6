namespace Lantern.Tests.Cli;

/// <summary>A clock that stands still, so recorded times are known.</summary>
internal sealed class FakeTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
