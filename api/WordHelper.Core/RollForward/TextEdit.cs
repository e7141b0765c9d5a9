namespace WordHelper.Core.RollForward;

/// <summary>A change to make in a paragraph's text: <see cref="Length"/> characters at <see cref="Start"/> replaced by <see cref="Replacement"/>.</summary>
/// <param name="Kind">What the change is, for the summary: period, schedule, ordinal, number, date-line, agency.</param>
/// <param name="Comment">A note to attach to the change, when the change needs the drafter's eye.</param>
public sealed record TextEdit(int Start, int Length, string Replacement, string Kind, string? Comment = null)
{
    public int End => Start + Length;
}

/// <summary>A point the roll-forward cannot decide: a comment on <see cref="Length"/> characters at <see cref="Start"/>.</summary>
/// <param name="Highlight">Whether the text is also highlighted (figures to update).</param>
public sealed record TextNote(int Start, int Length, string Text, string Kind, bool Highlight = false);
