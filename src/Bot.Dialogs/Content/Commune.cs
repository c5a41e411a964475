namespace Bot.Dialogs.Content;

/// <summary>A commune or ward from <c>areas.yaml</c>, with its police contact when the operator filled it in.</summary>
/// <param name="Id">Stable id ("ha-noi.hoan-kiem").</param>
/// <param name="Name">Full name with diacritics ("Phường Hoàn Kiếm").</param>
/// <param name="Province">The province's name ("Thành phố Hà Nội").</param>
/// <param name="Police">Phone and address of the commune police; null when unknown (never invented).</param>
public sealed record Commune(string Id, string Name, string Province, CommunePolice? Police)
{
    /// <summary>"Phường Hoàn Kiếm, Thành phố Hà Nội".</summary>
    public string FullName => Province.Length == 0 ? Name : Name + ", " + Province;
}
