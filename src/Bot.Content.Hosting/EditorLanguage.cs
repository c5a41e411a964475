namespace Bot.Content.Hosting;

/// <summary>The language editors read messages in (<c>--lang vi|en</c>); Vietnamese first, as the editors are commune police staff.</summary>
public enum EditorLanguage
{
    /// <summary>Tiếng Việt (the default).</summary>
    Vi,

    /// <summary>English.</summary>
    En,
}
