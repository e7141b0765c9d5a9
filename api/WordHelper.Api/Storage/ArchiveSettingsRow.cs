namespace WordHelper.Api.Storage;

/// <summary>
/// Where a tenant's earlier documents are searched: a SharePoint or OneDrive folder address that limits the Microsoft
/// 365 search, or a subfolder of Archive:Path for the local archive. No row: everything the user may read.
/// </summary>
public sealed class ArchiveSettingsRow
{
    public string Tenant { get; set; } = Tenants.Local;
    public string Scope { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
