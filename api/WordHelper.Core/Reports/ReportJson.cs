using System.Text.Encodings.Web;
using System.Text.Json;

namespace WordHelper.Core.Reports;

/// <summary>JSON of the reports: camelCase, Vietnamese left readable, indented.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
