using PracticePlatform.Api.Bench;

// Prints `name: value unit` lines.
// Usage: dotnet run -c Release --project bench/Api.Bench -- api [workers] [seconds] [streams]
switch (args)
{
    case ["api", ..]:
        var workers = args.Length > 1 && int.TryParse(args[1], out var w) ? w : 16;
        var seconds = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 5;
        var streams = args.Length > 3 && int.TryParse(args[3], out var c) ? c : 2_000;
        await ApiBenchmark.RunAsync(Console.Out, workers, TimeSpan.FromSeconds(seconds), streams);
        return 0;
    default:
        Console.Error.WriteLine("usage: PracticePlatform.Api.Bench api [workers (16)] [seconds per measurement (5)] [event streams (2000)]");
        return 2;
}
