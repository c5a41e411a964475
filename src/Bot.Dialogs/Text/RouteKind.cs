namespace Bot.Dialogs.Text;

/// <summary>How sure the router is.</summary>
public enum RouteKind
{
    /// <summary>One target clearly fits: go there.</summary>
    Confident,
    /// <summary>Several targets fit about equally: offer them.</summary>
    Ambiguous,
    /// <summary>Nothing fits well enough.</summary>
    None,
}
