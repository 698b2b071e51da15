namespace PracticePlatform.Simulation.Model;

internal enum EntityType
{
    Datacenter,
    Host,
    Service,
    Instance,
    LoadBalancer,
    Database,
    RequestType,
}
