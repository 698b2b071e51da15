namespace PracticePlatform.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    Task FailAsync(string message);

    Task<string> WhoAmIAsync();

    Task DeactivateAsync();

    Task<int> ActivationNumberAsync();
}

public interface IGuidKeyedGrain : IGrainWithGuidKey
{
    Task<Guid> KeyAsync();
}

public interface IIntegerKeyedGrain : IGrainWithIntegerKey
{
    Task<long> KeyAsync();
}
