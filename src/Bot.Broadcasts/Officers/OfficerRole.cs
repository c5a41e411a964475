namespace Bot.Broadcasts.Officers;

/// <summary>What an officer may do. Each role includes the ones before it.</summary>
public enum OfficerRole
{
    /// <summary>Writes alerts for their area (the originator).</summary>
    Officer,
    /// <summary>Also approves or rejects other officers' alerts (the authority).</summary>
    Approver,
    /// <summary>Also cancels any alert in scope.</summary>
    Admin,
}
