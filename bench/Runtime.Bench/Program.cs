using PracticePlatform.Runtime.Bench;

// Prints `name: value unit` lines. Usage: dotnet run -c Release --project bench/Runtime.Bench -- runtime
if (args is not ["runtime", ..])
{
    Console.Error.WriteLine("usage: PracticePlatform.Runtime.Bench runtime");
    return 2;
}
await RuntimeBenchmarks.RunAsync(Console.Out);
return 0;
