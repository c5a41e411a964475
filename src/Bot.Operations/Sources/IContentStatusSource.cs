namespace Bot.Operations.Sources;

/// <summary>Reports the content version and the last reload's result (the editors' toolkit implements reloads).</summary>
public interface IContentStatusSource
{
    ContentStatus Current { get; }
}
