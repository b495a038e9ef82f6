namespace Lantern.Data.Tests;

/// <summary>
/// Tests that read the process's live memory run alone: GC.GetTotalMemory counts every thread's objects, so a test
/// running beside them would make their figures meaningless.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}
