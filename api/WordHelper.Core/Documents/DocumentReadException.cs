namespace WordHelper.Core.Documents;

/// <summary>A file that cannot be read as a Word document; the message is Vietnamese and shown to the user as is.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner);
