namespace Bot.Dialogs.Pipeline;

/// <summary>
/// Composes the turn pipeline: the handlers that may answer a turn before the dialog engine, in the
/// order written (<c>turns.Use&lt;A&gt;().Use&lt;B&gt;()…</c>); the first that answers ends the turn.
/// </summary>
/// <remarks>
/// <para>
/// The order is decided in one place (the host's composition), not by numbers spread over the
/// features: reading the composition is reading the order. A feature registers its handler by its
/// own type; a feature left out of a deployment (or one that needs Redis when there is none) simply
/// has no handler there, and its step is skipped.
/// </para>
/// <para>
/// A handler registered only as <see cref="ITurnHandler"/> (a test's plug-in, a third-party one) is
/// named nowhere: it runs at the <see cref="UsePlugIns"/> slot, in registration order, never twice.
/// </para>
/// </remarks>
public sealed class TurnPipelineBuilder
{
    private readonly List<TurnStep> _steps = [];

    /// <summary>The steps in the order they run, as composed (whether deployed or not).</summary>
    public IReadOnlyList<TurnStep> Steps => _steps;

    /// <summary>Runs the handler of type <typeparamref name="THandler"/> next, when one is registered.</summary>
    public TurnPipelineBuilder Use<THandler>() where THandler : class, ITurnHandler => Add(TurnStep.Of<THandler>());

    /// <summary>Runs, next, every registered <see cref="ITurnHandler"/> that no <see cref="Use{THandler}"/> names.</summary>
    public TurnPipelineBuilder UsePlugIns() => Add(TurnStep.PlugIns);

    /// <summary>The handlers to run, in order, from what <paramref name="services"/> holds.</summary>
    /// <exception cref="InvalidOperationException">A handler type was composed twice (it would run twice).</exception>
    public IReadOnlyList<ITurnHandler> Build(IServiceProvider services)
    {
        var named = _steps.Where(s => s.HandlerType is not null).Select(s => s.HandlerType!).ToList();
        if (named.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"{twice.Key.Name} is composed twice in the turn pipeline.");
        }

        var registered = (services.GetService(typeof(IEnumerable<ITurnHandler>)) as IEnumerable<ITurnHandler> ?? []).ToList();
        var handlers = new List<ITurnHandler>();
        foreach (var step in _steps)
        {
            if (step.HandlerType is not { } type)
            {
                handlers.AddRange(registered.Where(h => !named.Contains(h.GetType())));
            }
            else if ((services.GetService(type) ?? registered.FirstOrDefault(h => h.GetType() == type)) is ITurnHandler handler)
            {
                handlers.Add(handler);
            }
        }

        return handlers;
    }

    private TurnPipelineBuilder Add(TurnStep step)
    {
        _steps.Add(step);
        return this;
    }
}
