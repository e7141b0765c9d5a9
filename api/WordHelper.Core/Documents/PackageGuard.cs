using System.IO.Compression;

namespace WordHelper.Core.Documents;

/// <summary>
/// Looks at a file before the Open XML SDK does: what it is (an OLE file, not a zip, empty) and whether its zip
/// directory promises more than a Word document ever holds. Reads only the central directory: nothing is inflated.
/// </summary>
public static class PackageGuard
{
    /// <summary>Largest file accepted, compressed.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;
    /// <summary>Largest total of the parts once inflated.</summary>
    public const long MaxUncompressedBytes = 256L * 1024 * 1024;
    /// <summary>Inflation ratio above which a large part is taken for a zip bomb.</summary>
    public const double MaxRatio = 200;
    public const int MaxEntries = 10_000;

    static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>Copies the stream into memory (bounded) and checks it; throws <see cref="DocumentReadException"/> when it is not a readable .docx.</summary>
    public static MemoryStream Load(Stream stream)
    {
        var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > MaxFileBytes)
                throw new DocumentReadException($"Tệp quá lớn (trên {MaxFileBytes / 1024 / 1024} MB): không phải một văn bản Word thông thường.");
            memory.Write(buffer, 0, read);
        }
        memory.Position = 0;
        Check(memory);
        memory.Position = 0;
        return memory;
    }

    static void Check(MemoryStream data)
    {
        var bytes = data.GetBuffer().AsSpan(0, (int)data.Length);
        if (bytes.Length == 0) throw new DocumentReadException("Tệp rỗng (0 byte): không có nội dung để kiểm tra.");
        if (bytes.StartsWith(OleMagic))
            throw new DocumentReadException("Tệp được bảo vệ bằng mật khẩu hoặc là tệp Word 97-2003 (.doc): hãy gỡ mật khẩu, hoặc mở bằng Word và lưu lại dưới dạng .docx rồi kiểm tra lại.");
        if (!bytes.StartsWith(ZipMagic))
            throw new DocumentReadException("Tệp không phải văn bản Word (.docx): nội dung không đúng định dạng Office Open XML.");

        ZipArchive zip;
        try { zip = new ZipArchive(data, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException) { throw new DocumentReadException("Tệp .docx bị hỏng: không đọc được cấu trúc nén của tệp."); }
        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
                throw new DocumentReadException("Tệp chứa quá nhiều thành phần: không phải một văn bản Word thông thường.");
            long total = 0;
            var hasDocument = false;
            foreach (var e in zip.Entries)
            {
                total += e.Length;
                if (total > MaxUncompressedBytes || (e.Length > 10 * 1024 * 1024 && e.Length > MaxRatio * Math.Max(1, e.CompressedLength)))
                    throw new DocumentReadException("Tệp bị từ chối: dữ liệu sau khi giải nén quá lớn so với kích thước tệp (nghi là tệp nén độc hại).");
                hasDocument |= e.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase)
                    || (e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase));
            }
            if (!hasDocument)
                throw new DocumentReadException("Tệp nén không chứa phần nội dung văn bản Word (word/document.xml): có thể là tệp Excel, PowerPoint hoặc tệp zip khác.");
        }
    }
}
