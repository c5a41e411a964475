namespace Bot.Fraud.Web;

/// <summary>Settings of the scam check (section <c>Fraud</c>).</summary>
public sealed class FraudOptions
{
    /// <summary>Folder with rules.yaml, lists.yaml and messages.yaml; empty means "fraud/" inside the content folder.</summary>
    public string Path { get; set; } = "";

    /// <summary>Most reports one request returns.</summary>
    public int MaxReportsPerRequest { get; set; } = 1_000;

    /// <summary>Days a report is kept in Redis.</summary>
    public int ReportRetentionDays { get; set; } = 30;

    /// <summary>Seconds between checks of the lists' version (a fallback for a lost change notice).</summary>
    public int ListPollSeconds { get; set; } = 5;

    /// <summary>Sends officers yesterday's reports each morning.</summary>
    public bool DigestEnabled { get; set; } = true;

    /// <summary>Vietnam time (HH:mm) from which the daily digest goes out.</summary>
    public string DigestTime { get; set; } = "07:00";
}
