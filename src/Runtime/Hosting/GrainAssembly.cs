using System.Reflection;

namespace PracticePlatform.Runtime.Hosting;

/// <summary>An assembly whose grain classes the runtime hosts.</summary>
public sealed record GrainAssembly(Assembly Assembly);
