using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Host.Tests.Fuzz;

/// <summary>
/// Sends one oversized request over a plain socket, body in 64 KB pieces, and stops as soon as the server
/// answers or hangs up: how many bytes the server let in before refusing is then measurable (HttpClient
/// would hide it, and may report a reset instead of the 413).
/// </summary>
internal static class RawHttp
{
    private const int Piece = 64 * 1024;

    /// <summary>The status the server answered (0 when it closed without one) and the body bytes sent before that.</summary>
    public static async Task<(int Status, long BodyBytesSent)> PostOversizedAsync(
        Uri baseAddress, string pathAndQuery, IReadOnlyDictionary<string, string> headers, long bodyBytes, bool chunked)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, baseAddress.Port);
        var stream = client.GetStream();
        var head = new StringBuilder()
            .Append("POST ").Append(pathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1:").Append(baseAddress.Port.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {bodyBytes.ToString(CultureInfo.InvariantCulture)}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()));
        var piece = Encoding.ASCII.GetBytes("[" + new string('1', Piece - 2) + ",");
        var sent = 0L;
        var answer = new byte[256];
        var reading = stream.ReadAsync(answer).AsTask();
        try
        {
            while (sent < bodyBytes && !reading.IsCompleted)
            {
                if (chunked)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(Piece.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
                    await stream.WriteAsync(piece);
                    await stream.WriteAsync("\r\n"u8.ToArray());
                }
                else
                {
                    await stream.WriteAsync(piece);
                }

                sent += Piece;
            }
        }
        catch (IOException)
        {
            // The server closed the connection while we were still sending: it stopped reading.
        }

        var read = await reading.WaitAsync(TimeSpan.FromSeconds(30));
        var statusLine = Encoding.ASCII.GetString(answer, 0, read);
        var status = statusLine.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)
            && int.TryParse(statusLine.AsSpan(9, 3), CultureInfo.InvariantCulture, out var code) ? code : 0;
        return (status, sent);
    }
}
