namespace WordHelper.Core.Documents;

/// <summary>Reads a .docx (or the flat-OPC package of Word's getOoxml) into a <see cref="DraftDocument"/>.</summary>
public static class DocxReader
{
    public static DraftDocument Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    public static DraftDocument Read(Stream stream) => throw new DocumentReadException("Chưa hỗ trợ đọc tệp.");

    public static DraftDocument ReadFlatOpc(string xml) => throw new DocumentReadException("Chưa hỗ trợ đọc gói Flat OPC.");
}
