using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The words that name each topic (<c>topic_names:</c> in understanding.yaml): "vneid", "định danh", "mức 2" name the
/// VNeID topic; "căn cước", "hộ chiếu", "tạm trú", "sang tên xe" name the police's services; "trợ cấp", "lương hưu",
/// "an sinh" name welfare money. A message that names one topic and not the other is about the one it names.
/// </summary>
/// <param name="Flows">Flow id → phrases (folded, spaces around each) that name it.</param>
public sealed record TopicNames(IReadOnlyDictionary<string, string[]> Flows)
{
    /// <summary>Names with every phrase folded the way messages are ("Căn cước" → " can cuoc ").</summary>
    public static TopicNames Folded(IReadOnlyDictionary<string, IReadOnlyList<string>> flows) =>
        new(flows.ToDictionary(
            f => f.Key,
            f => f.Value.Select(p => " " + VietnameseText.Fold(p) + " ").Where(p => p.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal));

    /// <summary>True when <paramref name="flowId"/> has names at all (a topic without names is never judged by them).</summary>
    public bool Knows(string flowId) => Flows.ContainsKey(flowId);

    /// <summary>True when the folded message (spaces around it) holds one of <paramref name="flowId"/>'s names, whole words only.</summary>
    public bool Named(string paddedFolded, string flowId)
    {
        if (!Flows.TryGetValue(flowId, out var names))
        {
            return false;
        }

        foreach (var name in names)
        {
            if (paddedFolded.Contains(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
