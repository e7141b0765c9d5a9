namespace WordHelper.Core.Addressing;

/// <summary>How a Nơi nhận or Kính gửi entry was resolved.</summary>
public enum RecipientStatus
{
    /// <summary>One addressee.</summary>
    Resolved,
    /// <summary>Nothing in the directory.</summary>
    NotFound,
    /// <summary>Several addressees, none clearly meant.</summary>
    Ambiguous,
    /// <summary>Not one addressee by nature: "Như trên", "Các sở, ban, ngành".</summary>
    Collective,
}

/// <summary>An entry of the draft's recipients and what the directory made of it.</summary>
/// <param name="Paragraph">The paragraph of its line.</param>
/// <param name="Line">The line as written.</param>
/// <param name="Entry">The entry: the line itself, or one part of a line that names several ("Sở Y tế" of "Các Sở: Y tế, Tài chính").</param>
public sealed record ResolvedRecipient(int Paragraph, string Line, string Entry, RecipientStatus Status, IReadOnlyList<Addressee> Matches);
