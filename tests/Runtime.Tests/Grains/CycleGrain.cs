namespace PracticePlatform.Runtime.Tests.Grains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> CallAlongAsync(string[] path) => path.Length == 0
        ? Task.FromResult(this.GetPrimaryKeyString())
        : GrainFactory.GetGrain<ICycleGrain>(path[0]).CallAlongAsync(path[1..]);
}
