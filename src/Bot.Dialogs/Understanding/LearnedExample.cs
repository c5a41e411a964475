namespace Bot.Dialogs.Understanding;

/// <summary>One phrase an editor assigned to a topic from the misunderstood inbox (<c>examples.learned.yaml</c>).</summary>
/// <param name="Text">What residents typed, masked by the privacy guard.</param>
/// <param name="Flow">The flow it now opens.</param>
/// <param name="Node">The step it opens, or null for the flow's start.</param>
/// <param name="Who">The admin key that assigned it ("key:name").</param>
/// <param name="When">When it was assigned.</param>
public sealed record LearnedExample(string Text, string Flow, string? Node, string Who, DateTimeOffset When);
