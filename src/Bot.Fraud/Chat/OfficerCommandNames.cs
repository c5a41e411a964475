namespace Bot.Fraud.Chat;

/// <summary>The officers' chat commands (Vietnamese first, English alias second).</summary>
public static class OfficerCommandNames
{
    /// <summary>"/baocaoso 0912345678": add a reported phone number.</summary>
    public static readonly IReadOnlyList<string> ReportNumber = ["/baocaoso", "/reportnumber"];

    /// <summary>"/baocaolink abc.top": add a reported domain.</summary>
    public static readonly IReadOnlyList<string> ReportLink = ["/baocaolink", "/reportlink"];

    /// <summary>"/baocaongay": today's report digest so far, for the officer's area.</summary>
    public static readonly IReadOnlyList<string> DailyReport = ["/baocaongay", "/dailyreport"];
}
