using Microsoft.AspNetCore.Http;

namespace Bot.Http;

/// <summary>The outcome of <see cref="RequestBody.ReadAsync"/>: the bytes, or the problem to answer with.</summary>
/// <param name="Bytes">The whole body (empty for no body); null when refused.</param>
/// <param name="Refusal">413 or 400 with a problem body saying what to fix; null when read.</param>
public readonly record struct BodyRead(byte[]? Bytes, IResult? Refusal)
{
    /// <summary>True when the body was read within the limit.</summary>
    public bool IsRead => Bytes is not null;
}
