using PracticePlatform.Simulation.Bench;

// `dotnet run -c Release --project bench/Simulation.Bench -- sim` prints `name: value unit` lines.
if (args.Length == 0 || args[0] != "sim")
{
    Console.Error.WriteLine("usage: Simulation.Bench sim");
    return 2;
}

var scenario = BenchScenarios.Largest();
Console.Error.WriteLine($"largest scenario: {scenario.Id}");
Report.Line("sim.scenario_instances", scenario.Environment.Services.Sum(s => s.Instances.Length), "instances");
ReplaySpeedBenchmark.Run(scenario);
RestoreBenchmark.Run(scenario);
var cellBytes = CellBytesBenchmark.Run(scenario);
LiveCellsBenchmark.Run(scenario, cellBytes);
return 0;
