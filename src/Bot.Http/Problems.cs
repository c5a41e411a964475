using Microsoft.AspNetCore.Http;

namespace Bot.Http;

/// <summary>RFC 7807 problem answers with a title and a detail that says what to do next.</summary>
public static class Problems
{
    /// <summary>A problem body with <paramref name="status"/>.</summary>
    public static IResult Of(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    /// <summary>400 with a problem body.</summary>
    public static IResult BadRequest(string title, string detail) => Of(StatusCodes.Status400BadRequest, title, detail);
}
