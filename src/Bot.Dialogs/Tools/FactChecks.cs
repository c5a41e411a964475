using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>Steps that state facts need a source and a recent review date.</summary>
internal static class FactChecks
{
    public static void Run(ValidationContext context, DateOnly today)
    {
        var oldest = today.AddMonths(-ContentLimits.ReviewMonths);
        foreach (var flow in context.Bundle.Flows.Values)
        {
            foreach (var node in flow.Nodes.Where(n => n.IsFact))
            {
                if (node.Sources.Count == 0)
                {
                    context.Warning(node.Location, $"step '{node.Id}' states facts but names no source",
                        "add 'source: https://…' (the official page the facts come from), or 'fact: false' if it only asks or guides");
                }

                if (node.Reviewed is not { } reviewed)
                {
                    if (node.Sources.Count > 0)
                    {
                        context.Warning(node.Location, $"step '{node.Id}' has no 'reviewed' date",
                            "add 'reviewed: YYYY-MM-DD' with the day you checked the facts against the source");
                    }
                }
                else if (reviewed < oldest)
                {
                    context.Warning(node.Location, $"step '{node.Id}' was last reviewed on {reviewed:yyyy-MM-dd}, more than {ContentLimits.ReviewMonths} months ago",
                        "check the facts against the source again and update 'reviewed:'");
                }
            }
        }
    }
}
