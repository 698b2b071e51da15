using PracticePlatform.Runtime.Bench;

// Prints `name: value unit` lines. Usage: dotnet run -c Release --project bench/Runtime.Bench -- runtime [dashboard]
switch (args)
{
    case ["runtime"]:
        await RuntimeBenchmarks.RunAsync(Console.Out);
        await DashboardOverheadBenchmark.RunAsync(Console.Out);
        return 0;
    case ["runtime", "dashboard"]:
        await DashboardOverheadBenchmark.RunAsync(Console.Out);
        return 0;
    default:
        Console.Error.WriteLine("usage: PracticePlatform.Runtime.Bench runtime [dashboard]");
        return 2;
}
