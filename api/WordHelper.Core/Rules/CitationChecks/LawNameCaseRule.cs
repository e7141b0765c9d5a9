namespace WordHelper.Core.Rules.CitationChecks;

/// <summary>A law's name with the wrong capitals: "Luật xử lý vi phạm hành chính", "Bộ Luật Lao động" (law-names.json).</summary>
public sealed class LawNameCaseRule() : CapitalisedNameRule("VB-CIT-019", pack => pack.LawNames.Names);
