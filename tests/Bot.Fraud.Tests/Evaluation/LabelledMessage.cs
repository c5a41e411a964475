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
}
