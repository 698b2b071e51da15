using PracticePlatform.Practice.Bench;
using PracticePlatform.Practice.Bench.Calls;

// Prints `name: value unit` lines.
// Usage: dotnet run -c Release --project bench/Practice.Bench -- practice [sessions] [seconds] | orleans
switch (args)
{
    case ["practice", ..]:
        var sessions = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 2_000;
        var seconds = args.Length > 2 && int.TryParse(args[2], out var d) ? d : 20;
        await LiveSessionsBenchmark.RunAsync(Console.Out, sessions, TimeSpan.FromSeconds(seconds));
        return 0;
    case ["orleans"]:
        await OrleansCallBenchmark.RunAsync(Console.Out);
        return 0;
    default:
        Console.Error.WriteLine("usage: PracticePlatform.Practice.Bench practice [sessions (2000)] [seconds (20)] | orleans");
        return 2;
}
