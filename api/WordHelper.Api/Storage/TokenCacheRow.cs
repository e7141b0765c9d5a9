namespace WordHelper.Api.Storage;

/// <summary>A cached token of MSAL, as Microsoft.Identity.Web serializes it, kept until it expires.</summary>
public sealed class TokenCacheRow
{
    public required string Id { get; set; }
    public required byte[] Value { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>The sliding window, when the entry has one: each read pushes the expiry that far out.</summary>
    public long? SlidingSeconds { get; set; }
}
