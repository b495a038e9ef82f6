using BenchmarkDotNet.Running;
using Lantern.Bench.Harness;

// Two ways in:
//   dotnet run -c Release --project bench/Lantern.Bench -- harness <name> [args]   timed end-to-end runs (docs/BENCHMARKS.md)
//   dotnet run -c Release --project bench/Lantern.Bench -- [BenchmarkDotNet args]  micro-benchmarks (--list flat, --filter *Parse*)
if (args.Length > 0 && args[0] == "harness")
{
    return TimedHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(TimedHarness).Assembly).Run(args);
return 0;
