using System.Globalization;
using System.Text;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;

namespace Bot.Fraud.Chat;

/// <summary>Writes a verdict as residents read it: the risk, the reasons, what to do, and that a low score is no guarantee.</summary>
public static class FraudVerdictFormatter
{
    /// <summary>The full chat message for <paramref name="verdict"/>.</summary>
    public static string Format(FraudVerdict verdict, FraudContent content, string locale)
    {
        var text = new StringBuilder();
        text.Append(content.Text(RiskKey(verdict.Risk), locale))
            .Append(" (").Append(Score(verdict.Score, locale)).AppendLine(")");
        if (verdict.Reasons.Count == 0)
        {
            text.AppendLine(content.Text(FraudMessageKeys.NoReasons, locale));
        }
        else
        {
            text.AppendLine(content.Text(FraudMessageKeys.ReasonsTitle, locale));
            foreach (var reason in verdict.Reasons)
            {
                text.Append("• ").AppendLine(reason.Text(locale));
            }
        }

        text.AppendLine().Append(Advice(verdict, content, locale));
        return text.ToString();
    }

    /// <summary>What to do now, followed by the reminder that a low score is not a guarantee.</summary>
    public static string Advice(FraudVerdict verdict, FraudContent content, string locale)
    {
        var key = verdict.Risk switch
        {
            RiskLevel.High => FraudMessageKeys.AdviceHigh,
            RiskLevel.Medium => FraudMessageKeys.AdviceMedium,
            _ => FraudMessageKeys.AdviceLow,
        };
        return content.Text(key, locale) + "\n" + content.Text(FraudMessageKeys.Disclaimer, locale);
    }

    private static string RiskKey(RiskLevel risk) => risk switch
    {
        RiskLevel.High => FraudMessageKeys.RiskHigh,
        RiskLevel.Medium => FraudMessageKeys.RiskMedium,
        _ => FraudMessageKeys.RiskLow,
    };

    private static string Score(double score, string locale)
    {
        var culture = locale == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("vi-VN");
        return (locale == "en" ? "score " : "điểm ") + score.ToString("0.00", culture) + "/1";
    }
}
