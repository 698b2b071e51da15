namespace PracticePlatform.Simulation.Model;

/// <summary>A change a responder made, as faults see it: the verb, the instances it touched and its arguments.</summary>
internal sealed record Remediation(RemediationVerb Verb, int[] Instances, int Service = -1, int Database = -1, int Host = -1, string Key = "", string Value = "");
