using PracticePlatform.Cluster.Bench;

// Prints `name: value unit` lines.
// Usage: dotnet run -c Release --project bench/Cluster.Bench -- cluster [sessions] [kills] | capacity [first step] [limit]
switch (args)
{
    case ["capacity", ..]:
        var step = args.Length > 1 && int.TryParse(args[1], out var f) ? f : 300;
        var limit = args.Length > 2 && int.TryParse(args[2], out var l) ? l : 6_000;
        await ClusterBenchmark.RunCapacityAsync(Console.Out, step, limit);
        return 0;
    case ["cluster", ..]:
        var sessions = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 30;
        var kills = args.Length > 2 && int.TryParse(args[2], out var k) ? k : 5;
        await ClusterBenchmark.RunAsync(Console.Out, sessions, kills);
        return 0;
    default:
        Console.Error.WriteLine("usage: PracticePlatform.Cluster.Bench cluster [sessions (30)] [kills (5)] | capacity [first step (300)] [limit (6000)]");
        return 2;
}
