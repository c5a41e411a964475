namespace Bot.Broadcasts.Areas;

/// <summary>A province or a commune/ward residents subscribe to and officers send alerts to.</summary>
/// <param name="Id">Stable id from <c>content/areas.yaml</c> ("ha-noi", "ha-noi.hoan-kiem").</param>
/// <param name="Name">Full name with diacritics ("Phường Hoàn Kiếm").</param>
/// <param name="ProvinceId">The province a commune belongs to; null for a province.</param>
public sealed record Area(string Id, string Name, string? ProvinceId)
{
    /// <summary>True for a province or centrally run city.</summary>
    public bool IsProvince => ProvinceId is null;
}
