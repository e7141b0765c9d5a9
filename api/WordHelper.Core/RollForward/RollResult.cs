namespace WordHelper.Core.RollForward;

/// <param name="Date">The new date line's date; without it, the day is left blank.</param>
public sealed record RollOptions(RollTarget Target, DateOnly? Date = null)
{
    /// <summary>"2026-01-15", or null when none is given; anything else is refused in Vietnamese.</summary>
    public static DateOnly? ParseDate(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
        : throw new RollForwardException($"Ngày \"{text}\" không hợp lệ: ghi theo dạng 2026-01-15.");
}

/// <summary>One change made: its kind, the body paragraph it is in (null in a header, footer or note), the text before and after.</summary>
public sealed record RollChange(string Kind, int? Paragraph, string Before, string After);

/// <summary>One comment added, on a body paragraph.</summary>
public sealed record RollComment(int? Paragraph, string Text);

/// <summary>The rolled document and what was done to it: counts by kind, each change, each comment.</summary>
public sealed record RollResult(byte[] Docx, string From, string To, IReadOnlyDictionary<string, int> Summary, IReadOnlyList<RollChange> Changes, IReadOnlyList<RollComment> Comments);
