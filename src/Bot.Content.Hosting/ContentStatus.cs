namespace Bot.Content.Hosting;

/// <summary>What <c>GET /api/admin/content</c> shows: the version in force and the last failed reload.</summary>
/// <param name="Version">Hash of the content in force.</param>
/// <param name="LoadedAt">When that version went live in this instance.</param>
/// <param name="Path">The content folder.</param>
/// <param name="LastError">Why the last edit was refused (compiler-style lines), or null.</param>
/// <param name="LastErrorAt">When that edit was refused.</param>
/// <param name="Versions">Kept versions, newest first, for rollback.</param>
public sealed record ContentStatus(
    string Version,
    DateTimeOffset LoadedAt,
    string Path,
    IReadOnlyList<string>? LastError,
    DateTimeOffset? LastErrorAt,
    IReadOnlyList<ContentVersionInfo> Versions)
{
    /// <summary>The same lines as <see cref="LastError"/> in Vietnamese, for the editors' preview page.</summary>
    public IReadOnlyList<string>? LastErrorVi => LastError is null ? null
        : LastErrorViLines ?? LastError.Select(l => ContentMessageCatalogue.TranslateLines(l, EditorLanguage.Vi)).ToList();

    /// <summary>The Vietnamese lines written from the findings themselves (an outdated term's reason is the editors' own Vietnamese).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string>? LastErrorViLines { get; init; }
}
