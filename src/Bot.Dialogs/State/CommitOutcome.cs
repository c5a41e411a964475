namespace Bot.Dialogs.State;

/// <summary>The result of an atomic, version-checked commit.</summary>
public enum CommitOutcome
{
    /// <summary>The record and the update's de-duplication mark were written.</summary>
    Committed,
    /// <summary>Someone else committed first; reload and run the turn again.</summary>
    VersionConflict,
    /// <summary>The update id was already committed; nothing was written.</summary>
    Duplicate,
}
