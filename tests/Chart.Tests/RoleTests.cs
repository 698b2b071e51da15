using k8s.Models;
using PracticePlatform.Chart.Tests.Rendering;

namespace PracticePlatform.Chart.Tests;

/// <summary>The silos' Role gives Orleans's Kubernetes hosting exactly what it uses on pods, and nothing else.</summary>
[Collection(ChartCollection.Name)]
public sealed class RoleTests(ChartRenderer renderer)
{
    [Theory]
    [MemberData(nameof(ValueSet.Names), MemberType = typeof(ValueSet))]
    public void SilosRole_AllowsGetListWatchPatchOnPods_AndDeleteOnlyWhenEnabled(string valueSet)
    {
        var chart = renderer.Rendered(ValueSet.Named(valueSet));

        var role = Assert.Single(chart.OfType<V1Role>());
        var rule = Assert.Single(role.Rules);
        Assert.Equal([""], rule.ApiGroups);
        Assert.Equal(["pods"], rule.Resources);
        Assert.Null(rule.ResourceNames);
        string[] expected = chart.ValueSet.DeletesDefunctPods ? ["delete", "get", "list", "patch", "watch"] : ["get", "list", "patch", "watch"];
        Assert.Equal(expected, rule.Verbs.Order());
        var binding = Assert.Single(chart.OfType<V1RoleBinding>());
        Assert.Equal(("rbac.authorization.k8s.io", "Role", role.Metadata.Name), (binding.RoleRef.ApiGroup, binding.RoleRef.Kind, binding.RoleRef.Name));
        Assert.Equal(ChartRenderer.Namespace, Assert.Single(binding.Subjects).NamespaceProperty);
    }
}
