namespace PracticePlatform.Silo.Storage;

/// <summary>A state record as a store holds it: the serialized payload (null once cleared) and its version.</summary>
public sealed record StoredState(byte[]? Payload, string ETag);
