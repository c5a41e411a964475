namespace Bot.Fraud.Lists;

/// <summary>The outcome of an addition and the entry as it may be shown (a domain, or a masked number).</summary>
public readonly record struct ListAddResult(ListAddStatus Status, string Shown);
