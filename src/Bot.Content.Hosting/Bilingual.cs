namespace Bot.Content.Hosting;

/// <summary>One message for editors in both languages, written together so neither can be forgotten.</summary>
/// <param name="En">The English text.</param>
/// <param name="Vi">The Vietnamese text (NFC, with diacritics).</param>
public readonly record struct Bilingual(string En, string Vi)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public string In(EditorLanguage language) => language == EditorLanguage.En ? En : Vi;

    public override string ToString() => Vi;
}
