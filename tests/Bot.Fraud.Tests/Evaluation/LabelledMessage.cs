namespace Bot.Fraud.Tests.Evaluation;

/// <summary>One line of a labelled scam set: scam or legitimate, and the message as a resident would paste it.</summary>
internal sealed record LabelledMessage(bool IsScam, string Text)
{
    /// <summary>Reads <c>label&lt;TAB&gt;text</c> lines (label <c>scam</c> or <c>legit</c>); <c>#</c> lines are comments.</summary>
    public static List<LabelledMessage> Load(string path)
    {
        var messages = new List<LabelledMessage>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 2);
            if (parts.Length != 2 || parts[0] is not ("scam" or "legit"))
            {
                throw new InvalidDataException($"{path}: each line must be 'scam' or 'legit', a tab, then the message");
            }

            messages.Add(new LabelledMessage(parts[0] == "scam", parts[1]));
        }

        return messages;
    }

    /// <summary>
    /// Reads a screenshot set (<c>label&lt;TAB&gt;app&lt;TAB&gt;sender&lt;TAB&gt;text</c>, <c> / </c> between the lines
    /// on the screen): the text as a resident would type it from the screenshot, its lines joined by spaces.
    /// </summary>
    public static List<LabelledMessage> LoadScreenshots(string path)
    {
        var messages = new List<LabelledMessage>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 4 || parts[0] is not ("scam" or "legit"))
            {
                throw new InvalidDataException($"{path}: each line must be 'scam' or 'legit', the app, the sender and the message, separated by tabs");
            }

            messages.Add(new LabelledMessage(parts[0] == "scam", parts[3].Replace(" / ", " ", StringComparison.Ordinal)));
        }

        return messages;
    }
}
