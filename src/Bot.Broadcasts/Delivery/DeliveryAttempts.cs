namespace Bot.Broadcasts.Delivery;

/// <summary>What went wrong so far with one message (one per recipient and alert, on one instance).</summary>
public sealed class DeliveryAttempts
{
    /// <summary>Failures worth retrying (timeouts, 5xx).</summary>
    public int TransientFailures { get; set; }

    /// <summary>Times the platform asked to slow down.</summary>
    public int RateLimited { get; set; }

    /// <summary>Times a routed message was routed again because the platform's window closed.</summary>
    public int Reroutes { get; set; }
}
