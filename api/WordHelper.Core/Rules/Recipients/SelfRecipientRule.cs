namespace WordHelper.Core.Rules.Recipients;

/// <summary>The issuing body does not send its own document to itself (its units and leaders excepted).</summary>
public sealed class SelfRecipientRule : IDocumentPartsRule
{
    public IReadOnlyList<string> RuleIds { get; } = ["VB-REC-006"];

    public void Analyze(CheckContext context, FindingSink sink)
    {
        var h = context.Header;
        if (h.Issuer is null || h.Recipients.Count == 0) return;
        var names = AgencyNames.For(context.Pack);
        var issuer = names.Canonicalize(h.Issuer).Trim();
        if (issuer.Length == 0) return;
        var list = new RecipientList(h, context.Pack, names);
        foreach (var item in list.Items.Where(i => h.Recipients.Contains(i.Line)))
        {
            if (item.Canonical.Trim() != issuer) continue;
            sink.Report("VB-REC-006", item.Line.Paragraph, item.Line.Text.Trim(), args: ("unit", item.Text));
            return;
        }
    }
}
