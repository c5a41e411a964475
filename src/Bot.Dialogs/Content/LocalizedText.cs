namespace Bot.Dialogs.Content;

/// <summary>A text in Vietnamese with an optional English variant.</summary>
/// <param name="Vi">The Vietnamese text (always present).</param>
/// <param name="En">The English text; when missing, English readers see the Vietnamese.</param>
public sealed record LocalizedText(string Vi, string? En = null)
{
    /// <summary>The text for <paramref name="locale"/>, falling back to Vietnamese.</summary>
    public string Get(string locale) => locale == "en" && En is not null ? En : Vi;

    /// <summary>Both variants, for checks that look at every text.</summary>
    public IEnumerable<string> All()
    {
        yield return Vi;
        if (En is not null)
        {
            yield return En;
        }
    }
}
