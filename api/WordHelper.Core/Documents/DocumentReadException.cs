namespace WordHelper.Core.Documents;

/// <summary>Why a file was not read: it is broken, it asks for more work than any draft does, or it is built to hurt.</summary>
public enum ReadFailure
{
    /// <summary>Not a Word document, damaged, protected or empty.</summary>
    Unreadable,
    /// <summary>A readable document over the budget of <see cref="DocumentLimits"/> (paragraphs, cells, characters, markup).</summary>
    OverBudget,
    /// <summary>Markup nested deeper than any real document, as an attack on the reader's recursion.</summary>
    TooDeep,
    /// <summary>A readable document the host cannot take now (see <see cref="ReadAdmission"/>): to send again later.</summary>
    Busy,
}

/// <summary>A file that cannot be read as a Word document; the message is Vietnamese and shown to the user as is.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null, ReadFailure reason = ReadFailure.Unreadable)
    : Exception(message, inner)
{
    public ReadFailure Reason { get; } = reason;
}
