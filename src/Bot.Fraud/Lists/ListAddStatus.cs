namespace Bot.Fraud.Lists;

/// <summary>What happened to an officer's list addition.</summary>
public enum ListAddStatus
{
    /// <summary>Added; every instance checks against it within seconds.</summary>
    Added,
    /// <summary>Already on the list: nothing changed.</summary>
    AlreadyListed,
    /// <summary>Not a domain or not a phone number.</summary>
    Invalid,
    /// <summary>An official site or hotline: never listed as a scam.</summary>
    Official,
}
