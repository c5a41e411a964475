namespace Bot.Fraud.Lists;

/// <summary>The reported domains and numbers the analyzer checks; officers add to them while the bot runs.</summary>
/// <remarks>
/// Reads are on every check, so <see cref="Current"/> is a plain property returning an immutable
/// snapshot. A shared (Redis) implementation keeps a local snapshot and refreshes it when another
/// instance adds an entry, so an addition takes effect everywhere without a restart.
/// </remarks>
public interface IFraudListStore
{
    /// <summary>The lists in force now.</summary>
    FraudListSnapshot Current { get; }

    /// <summary>Adds a reported domain ("abc.top"); false when it is invalid, official or already listed.</summary>
    /// <param name="addedBy">Who added it, for the audit log (an officer id, never a phone number).</param>
    ValueTask<bool> AddReportedDomainAsync(string domain, string addedBy, CancellationToken cancellationToken = default);

    /// <summary>Adds a reported phone number in any usual form; false when it is invalid, a hotline or already listed.</summary>
    ValueTask<bool> AddReportedPhoneAsync(string phone, string addedBy, CancellationToken cancellationToken = default);
}
