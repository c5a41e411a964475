using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Engine;

/// <summary>The mutable working copy of one turn, which a pooled state machine reads and writes.</summary>
/// <remarks>
/// Stateless keeps its state outside the machine (<c>new StateMachine(() => turn.State, s => turn.State = s)</c>),
/// so one configured machine can serve many conversations, one turn at a time.
/// </remarks>
internal sealed class DialogTurn
{
    public const int MaxHistory = 10;

    public string State = StateKeys.Menu;
    public string Locale = "vi";
    public List<string> History = [];
    public Dictionary<string, string> Answers = [];
    public List<Reply> Replies = [];
    public bool SuppressHistory;

    /// <summary>The conversation's channel (buttons it cannot serve are not rendered); null when unknown.</summary>
    public string? Channel;

    /// <summary>The record's turn count before this turn.</summary>
    public int Turns;

    /// <summary>True when the previous turn asked for the resident's commune, so typed text is its name.</summary>
    public bool AwaitingArea;

    /// <summary>The communes the previous turn offered as buttons (typed numbers choose among them).</summary>
    public IReadOnlyList<string> OfferedAreas = [];

    public void Reset(string state, string locale, IReadOnlyList<string> history, IReadOnlyDictionary<string, string> answers, int turns = 0)
    {
        Turns = turns;
        AwaitingArea = false;
        OfferedAreas = [];
        State = state;
        Locale = locale;
        History = [.. history];
        Answers = answers.Count == 0 ? [] : new Dictionary<string, string>(answers);
        Replies = [];
        SuppressHistory = false;
    }

    public void PushHistory(string state)
    {
        if (History.Count > 0 && History[^1] == state)
        {
            return;
        }

        History.Add(state);
        if (History.Count > MaxHistory)
        {
            History.RemoveAt(0);
        }
    }
}
