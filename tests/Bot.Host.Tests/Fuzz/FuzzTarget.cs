namespace Bot.Host.Tests.Fuzz;

/// <summary>One route of the real host as the fuzzer sees it: method, a concrete path, and how to authenticate.</summary>
/// <param name="Method">HTTP method the route is mapped for.</param>
/// <param name="Pattern">The route pattern, e.g. <c>/api/webchat/{conversationId}/messages</c>.</param>
/// <param name="Sample">A valid body for the route (mutated by the fuzzer), or null when it takes none.</param>
internal sealed record FuzzTarget(string Method, string Pattern, string? Sample)
{
    /// <summary>True when the route reads a JSON body.</summary>
    public bool TakesBody => Sample is not null;
}
