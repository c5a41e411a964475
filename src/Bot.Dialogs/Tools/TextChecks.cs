using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>Channel limits and translations: text length, label length, button count, missing English.</summary>
/// <remarks>The main menu's own limits (five buttons, short labels) are errors in <see cref="PlainWordsChecks"/>.</remarks>
internal static class TextChecks
{
    public static void Run(ValidationContext context)
    {
        foreach (var (what, text, at, isLabel, _) in context.ResidentTexts())
        {
            foreach (var (variant, language) in Variants(text))
            {
                if (isLabel)
                {
                    CheckLabel(context, what, variant, language, at);
                }
                else if (variant.Length > ContentLimits.MaxTextLength)
                {
                    context.Error(at, $"{what} ({language}) has {variant.Length} characters; Zalo sends at most {ContentLimits.MaxTextLength}",
                        "split it into two steps, or shorten it");
                }
            }

            if (text.En is null)
            {
                context.Warning(at, $"{what} has no English text", "add an 'en:' line next to 'vi:' (English readers see Vietnamese until then)");
            }
        }

        foreach (var flow in context.Bundle.Flows.Values)
        {
            foreach (var node in flow.Nodes.Where(n => n.Buttons.Count > ContentLimits.ZaloButtons))
            {
                context.Warning(node.Location,
                    $"step '{node.Id}' has {node.Buttons.Count} buttons; Zalo OA shows {ContentLimits.ZaloButtons}, so there they become a numbered list to type",
                    $"keep it to {ContentLimits.ZaloButtons} buttons, or split the choice into two steps");
            }
        }
    }

    private static void CheckLabel(ValidationContext context, string what, string label, string language, SourceLocation at)
    {
        if (label.Length > ContentLimits.MaxLabelLength)
        {
            context.Error(at, $"{what} ({language}) has {label.Length} characters; Zalo OA accepts at most {ContentLimits.MaxLabelLength}",
                $"shorten it to under {ContentLimits.ComfortableLabelLength} characters and put details in the step text");
        }
        else if (label.Length > ContentLimits.ComfortableLabelLength)
        {
            context.Warning(at, $"{what} ({language}) has {label.Length} characters; phones cut labels longer than {ContentLimits.ComfortableLabelLength}",
                "shorten the label; put details in the step text");
        }
    }

    private static IEnumerable<(string Text, string Language)> Variants(LocalizedText text)
    {
        yield return (text.Vi, "vi");
        if (text.En is not null)
        {
            yield return (text.En, "en");
        }
    }
}
