using System.Globalization;

namespace PracticePlatform.Runtime;

/// <summary>Key accessors, named as in Orleans.</summary>
public static class GrainExtensions
{
    /// <summary>The grain's string key.</summary>
    public static string GetPrimaryKeyString(this Grain grain) => grain.GrainId.Key;

    /// <summary>The grain's Guid key.</summary>
    public static Guid GetPrimaryKey(this Grain grain) => Guid.ParseExact(grain.GrainId.Key, "N");

    /// <summary>The grain's integer key.</summary>
    public static long GetPrimaryKeyLong(this Grain grain) => long.Parse(grain.GrainId.Key, CultureInfo.InvariantCulture);

    /// <summary>A reference to this grain through one of its interfaces, to hand to other grains.</summary>
    public static TGrainInterface AsReference<TGrainInterface>(this Grain grain)
        where TGrainInterface : IGrain =>
        grain.Activation.Runtime.GetGrain<TGrainInterface>(grain.GrainId);
}
