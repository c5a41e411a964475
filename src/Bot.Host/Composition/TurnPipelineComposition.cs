using Bot.Broadcasts.Chat;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Understanding;
using Bot.Fraud.Chat;
using Bot.Fraud.Screenshots;
using Bot.Operations.Dashboard;

namespace Bot.Host.Composition;

/// <summary>
/// The one place that decides who may answer a turn, and in which order: the first handler that
/// answers ends the turn, and the dialog engine runs only when none did. docs/architecture.md shows
/// this list (a test keeps the two equal); change the order here and only here.
/// </summary>
/// <remarks>
/// A step whose feature is not deployed (or needs Redis when there is none) is skipped. The fast
/// paths are not steps and do not move: a typed number or the words of a plug-in's button become that
/// button before the first step; the understanding stage leaves to the engine what the engine answers
/// itself (a command, a button's number or words, yes/no, a commune name when the commune picker
/// asked for one) and to a step's own <c>input:</c> handler its text, which runs after the last step.
/// </remarks>
public static class TurnPipelineComposition
{
    /// <summary>The turn pipeline, in order, with why each step sits where it does.</summary>
    public static TurnPipelineBuilder Compose() => new TurnPipelineBuilder()
        .Use<AttachmentTurnHandler>()       // first: a caption belongs to its photo; nothing of a picture reaches another step
        .Use<OfficerCommandTurnHandler>()   // /baocaoso, /baocaolink, /baocaongay: a scammer's number after the command is not the officer's own data
        .Use<PrivacyGuardTurnHandler>()     // no later step sees an ID number, account number or OTP before the warning
        .Use<OfficerTurnHandler>()          // /canbo, /canhbao and the draft: an alert about a scam is not a scam to check
        .Use<ScamCheckTurnHandler>()        // /kiemtra and the report button only; typed free text is the understanding stage's
        .Use<DashboardCommandHandler>()     // /dashboard link for officers
        .Use<SubscriptionTurnHandler>()     // /dangky, /huy, stop words: only exact short messages act
        .UsePlugIns()                       // any other ITurnHandler registered (none in the shipped bot)
        .Use<UnderstandingStage>();         // last: typed text no step took, decided once
}
