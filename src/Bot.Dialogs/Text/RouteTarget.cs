namespace Bot.Dialogs.Text;

/// <summary>Where free text can lead: a flow's start, or a particular node of it.</summary>
public sealed record RouteTarget(string FlowId, string? NodeId)
{
    public override string ToString() => NodeId is null ? FlowId : FlowId + "/" + NodeId;
}
