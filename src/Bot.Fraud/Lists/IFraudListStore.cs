namespace Bot.Fraud.Lists;

/// <summary>The reported domains and numbers the analyzer checks; officers add to them while the bot runs.</summary>
/// <remarks>
/// Reads are on every check, so <see cref="Current"/> is a plain property returning an immutable
/// snapshot. The Redis implementation keeps a local snapshot and refreshes it when another
/// instance adds an entry, so an addition takes effect everywhere without a restart.
/// Validation and the audit log are the job of <see cref="FraudListEditor"/>; stores only keep entries.
/// </remarks>
public interface IFraudListStore
{
    /// <summary>The lists in force now.</summary>
    FraudListSnapshot Current { get; }

    /// <summary>Adds a normalised domain ("abc.top"); false when it was already listed.</summary>
    ValueTask<bool> AddDomainAsync(string host, CancellationToken cancellationToken = default);

    /// <summary>Adds a number by its <see cref="FraudListSnapshot.HashPhone"/>; false when it was already listed.</summary>
    ValueTask<bool> AddPhoneHashAsync(string hash, CancellationToken cancellationToken = default);
}
