using Bot.Dialogs.Text;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The sentence of a long story that actually asks ("… Nay con dâu bảo phải có tài khoản. Bà không có thẻ ATM thì
/// có nhận tiền mặt được nữa không?"): the last sentence with a question mark or a way of asking ("làm sao", "có
/// được không", "phải làm gì", "ở đâu", "bao lâu"), with the sentence before it when it is too short to name a topic
/// ("Giờ phải làm sao?").
/// </summary>
/// <remarks>
/// Residents tell what happened first and ask last, and what they heard ("nghe nói dạo này lừa đảo nhiều lắm") is
/// not what they ask. Only a story has such a clause: a message of one sentence, or whose asking sentence is the whole
/// of it, has none.
/// </remarks>
public static class AskedClause
{
    /// <summary>Fewest sentences for a message to be a story with a clause that asks.</summary>
    public const int MinSentences = 2;

    /// <summary>Fewest words of the clause; a shorter one ("bà làm sao hả cháu") takes the sentence before it too.</summary>
    public const int MinWords = 6;

    // Ways of asking, folded, matched as whole words ("o dau" in " tai o dau ", never inside " do dau ").
    private static readonly string[] AskingWords =
        ["lam sao", "lam the nao", "the nao", "nhu the nao", "ntn", "nhu nao", "ra sao", "duoc khong", "duoc ko", "dc ko", "dc khong",
         "duoc k", "co duoc", "phai lam gi", "lam gi", "can gi", "o dau", "cho nao", "bao lau", "khi nao", "bao gio", "co phai", "phai khong",
         "co can", "can phai", "co bat buoc", "bat buoc", "hay khong", "hay ko", "co nen", "nen lam", "co sao", "la sao", "tai sao", "vi sao",
         "gi vay", "gi a", "khong a", "ko a", "hok", "hong", "chua a", "how", "what", "where", "when", "can i", "do i", "should i"];

    /// <summary>The clause that asks, or null when <paramref name="text"/> is not a story with one.</summary>
    public static string? Find(string text)
    {
        // Most messages are one sentence: tell them without allocating.
        if (!HasTwoSentences(text))
        {
            return null;
        }

        var sentences = Sentences(text);
        if (sentences.Count < MinSentences)
        {
            return null;
        }

        var asking = -1;
        for (var i = sentences.Count - 1; i >= 0 && asking < 0; i--)
        {
            var sentence = text[sentences[i]];
            if (sentence.EndsWith('?') || Asks(sentence))
            {
                asking = i;
            }
        }

        if (asking < 0)
        {
            return null;
        }

        var start = asking;
        var words = WordCounter.Count(text.AsSpan()[sentences[start]]);
        while (start > 0 && words < MinWords)
        {
            start--;
            words += WordCounter.Count(text.AsSpan()[sentences[start]]);
        }

        // The clause must leave some of the story out, or it is the message itself.
        return start == 0 && asking == sentences.Count - 1 ? null : text[sentences[start].Start..sentences[asking].End];
    }

    private static bool Asks(string sentence)
    {
        var folded = " " + VietnameseText.Fold(sentence) + " ";
        foreach (var word in AskingWords)
        {
            if (folded.Contains(" " + word + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Sentences end at ". ? ! ;" or a line break, which stay with their sentence; each range is trimmed of spaces.
    private static List<Range> Sentences(string text)
    {
        var sentences = new List<Range>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsEnd(text[i]))
            {
                var end = Math.Min(i + 1, text.Length);
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                if (WordCounter.Count(text.AsSpan(start, end - start)) > 0)
                {
                    sentences.Add(start..end);
                }

                start = i + 1;
            }
        }

        return sentences;
    }

    private static bool IsEnd(char c) => c is '.' or '?' or '!' or ';' or '\n';

    // An end of sentence with a letter or digit somewhere before it and after it.
    private static bool HasTwoSentences(string text)
    {
        var end = text.AsSpan().IndexOfAny(".?!;\n");
        if (end < 0 || WordCounter.Count(text.AsSpan(0, end)) == 0)
        {
            return false;
        }

        foreach (var c in text.AsSpan(end + 1))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
