namespace Bot.Dialogs.Content;

/// <summary>Where something was written: a content file, line and column (1-based).</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
