namespace Bot.Fraud.Reports;

/// <summary>Makes the daily digest go out once per day however many instances run.</summary>
public interface IDigestClaim
{
    /// <summary>True for the first caller for <paramref name="day"/> (across instances with Redis); false for everyone after.</summary>
    ValueTask<bool> TryClaimAsync(DateOnly day, CancellationToken cancellationToken);
}
