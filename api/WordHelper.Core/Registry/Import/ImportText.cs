using System.Text;

namespace WordHelper.Core.Registry.Import;

/// <summary>Text of an import that cannot be taken: the message is Vietnamese and names what to do.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);

/// <summary>
/// The bytes of an import as text. UTF-8 is taken with or without its byte-order mark; anything else — UTF-16 as
/// Excel's "Unicode text", the legacy Vietnamese code pages (Windows-1258, TCVN3, VNI) — is refused by name rather
/// than stored as replacement characters.
/// </summary>
public static class ImportText
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (charset is { Length: > 0 } && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase))
            throw new ImportRefusedException($"Bảng mã \"{charset}\" không được hỗ trợ: hãy gửi dữ liệu mã hoá UTF-8.");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
            throw Refused("UTF-32");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw Refused("UTF-16 (Excel gọi là \"Unicode Text\")");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw new ImportRefusedException(
                $"Dữ liệu không phải UTF-8 hợp lệ (từ byte thứ {e.Index + 1}): có thể tệp được lưu bằng bảng mã Windows-1258, TCVN3 (ABC) hoặc VNI. " +
                "Hãy mở tệp và lưu lại dưới dạng CSV UTF-8.");
        }
    }

    static ImportRefusedException Refused(string encoding) =>
        new($"Tệp được mã hoá {encoding}: hãy lưu lại dưới dạng CSV UTF-8 (Excel: Lưu thành → CSV UTF-8) rồi nhập lại.");
}
