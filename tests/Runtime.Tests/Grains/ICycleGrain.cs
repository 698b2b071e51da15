namespace PracticePlatform.Runtime.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls each grain of <paramref name="path"/> in turn, which call on; the last one answers.</summary>
    Task<string> CallAlongAsync(string[] path);
}
