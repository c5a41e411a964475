using Bot.Fraud.Config;

namespace Bot.Fraud.Lists;

/// <summary>The lists from content/fraud/lists.yaml plus officers' additions, kept in this process.</summary>
/// <remarks>
/// Additions swap in a new immutable snapshot, so checks running at that moment never see a
/// half-updated list and the next check sees the addition.
/// </remarks>
public sealed class InMemoryFraudListStore(FraudContent content) : IFraudListStore
{
    private readonly Lock _gate = new();
    private FraudListSnapshot _current = FraudListEditor.BaseSnapshot(content.Lists);

    public FraudListSnapshot Current => Volatile.Read(ref _current);

    public ValueTask<bool> AddDomainAsync(string host, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_current.Domains.Contains(host))
            {
                return ValueTask.FromResult(false);
            }

            Volatile.Write(ref _current, _current.WithDomain(host));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<bool> AddPhoneHashAsync(string hash, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_current.PhoneHashes.Contains(hash))
            {
                return ValueTask.FromResult(false);
            }

            Volatile.Write(ref _current, _current.WithPhoneHash(hash));
            return ValueTask.FromResult(true);
        }
    }
}
