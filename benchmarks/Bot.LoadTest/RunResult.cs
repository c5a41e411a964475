using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.LoadTest;

/// <summary>One measured run, as written to the JSONL file and read back by the report.</summary>
internal sealed record RunResult
{
    public string Bot { get; init; } = "";
    public int Users { get; init; }

    public double ThinkMs { get; init; }
    public double Seconds { get; init; }
    public long Turns { get; init; }
    public double TurnsPerSecond { get; init; }
    public double P50Ms { get; init; }
    public double P95Ms { get; init; }
    public double P99Ms { get; init; }
    public double MaxMs { get; init; }
    public int Timeouts { get; init; }
    public int HttpErrors { get; init; }
    public int WrongReplies { get; init; }
    public long UnexpectedMessages { get; init; }
    public double ApiCallsPerTurn { get; init; }
    public string ApiCalls { get; init; } = "";
    public double RedisCommandsPerTurn { get; init; }
    public double RedisRoundTripsPerTurn { get; init; }
    public string RedisCommands { get; init; } = "";
    public string MonitorSample { get; init; } = "";
    public double BotCpuSecondsPer1000Turns { get; init; }
    public double BotPeakRssMiB { get; init; }
    public double ToolCpuSecondsPer1000Turns { get; init; }
    public double RedisCpuSecondsPer1000Turns { get; init; }
    public string LoadAverageStart { get; init; } = "";
    public string LoadAverageEnd { get; init; } = "";
    public DateTimeOffset StartedUtc { get; init; }

    /// <summary>NaN (a figure that could not be measured) is written as "NaN".</summary>
    public static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public int Errors => Timeouts + HttpErrors + WrongReplies;
}
