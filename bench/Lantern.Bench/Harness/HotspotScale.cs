namespace Lantern.Bench.Harness;

/// <summary>Hot spots + Gi* + tasking from 10,000 to 10,000,000 generated events: time and peak memory per size.</summary>
internal static class HotspotScale
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine($"hotspot scale harness: arguments {string.Join(' ', args)} not wired yet");
        return 1;
    }
}
