using PracticePlatform.Simulation.Bench;

// `dotnet run -c Release --project bench/Simulation.Bench -- sim` prints `name: value unit` lines;
// `-- sim replay` only the replay benchmark (practice.replay_ms).
if (args.Length == 0 || args[0] != "sim" || (args.Length > 1 && args[1] != "replay"))
{
    Console.Error.WriteLine("usage: Simulation.Bench sim [replay]");
    return 2;
}

var scenario = BenchScenarios.Richest();
Console.Error.WriteLine($"richest scenario: {scenario.Id}");
if (args.Length > 1)
{
    ReplayAnySecondBenchmark.Run(scenario);
    return 0;
}

Report.Line("sim.scenario_instances", scenario.Environment.Services.Sum(s => s.Instances.Length), "instances");
ReplaySpeedBenchmark.Run(scenario);
// The same on the catalog's largest scenario alone, to see what the richest one's features cost.
ReplaySpeedBenchmark.Run(BenchScenarios.Largest(), "sim.catalog_largest");
RestoreBenchmark.Run(scenario);
ReplayAnySecondBenchmark.Run(scenario);
var cellBytes = CellBytesBenchmark.Run(scenario);
LiveCellsBenchmark.Run(scenario, cellBytes);
return 0;
