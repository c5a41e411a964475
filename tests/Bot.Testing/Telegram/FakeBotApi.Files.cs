using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Telegram;

// Files residents send: kept for getFile and served for download as the real file endpoint does.
public sealed partial class FakeBotApi
{
    /// <summary>Files fetched through <c>/file/bot&lt;token&gt;/&lt;path&gt;</c> so far.</summary>
    public int FileDownloads => Volatile.Read(ref _fileDownloads);

    private string AddFile(byte[] bytes, string folder)
    {
        lock (_lock)
        {
            var fileId = "F" + (_files.Count + 1).ToString(CultureInfo.InvariantCulture) + "-" + folder;
            _files[fileId] = bytes;
            return fileId;
        }
    }

    private FakeResponse GetFile(JsonObject p)
    {
        var fileId = p["file_id"]?.GetValue<string>() ?? "";
        lock (_lock)
        {
            if (!_files.TryGetValue(fileId, out var bytes))
            {
                return Error(400, "Bad Request: invalid file_id");
            }

            return Ok(new JsonObject
            {
                ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = bytes.Length, ["file_path"] = fileId.Split('-')[1] + "/" + fileId + ".bin",
            });
        }
    }

    private async Task DownloadFile(HttpContext context, string token, string path)
    {
        byte[]? bytes;
        lock (_lock)
        {
            var fileId = Path.GetFileNameWithoutExtension(path);
            bytes = token == Token && _files.TryGetValue(fileId, out var found) ? found : null;
        }

        if (bytes is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        Interlocked.Increment(ref _fileDownloads);
        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(bytes);
    }
}
