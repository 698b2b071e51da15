namespace PracticePlatform.Runtime.Tests.Grains;

public interface IStatefulGrain : IGrainWithStringKey
{
    Task AddAsync(string item);

    Task<IReadOnlyList<string>> ItemsAsync();

    Task<string?> ETagAsync();

    Task ClearAsync();
}
