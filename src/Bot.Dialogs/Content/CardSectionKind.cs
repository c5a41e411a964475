namespace Bot.Dialogs.Content;

/// <summary>The parts of a procedure card, in the fixed order the overview offers them.</summary>
public enum CardSectionKind
{
    /// <summary><c>documents</c>: what to bring or prepare.</summary>
    Documents,
    /// <summary><c>fee_time</c>: the fee and how long it takes.</summary>
    FeeTime,
    /// <summary><c>online</c>: numbered steps in VNeID or on dichvucong.gov.vn.</summary>
    Online,
    /// <summary><c>in_person</c>: where to go.</summary>
    InPerson,
    /// <summary><c>note</c>: an optional extra.</summary>
    Note,
}
