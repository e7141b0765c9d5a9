namespace WordHelper.Core.Rules.Agency;

/// <summary>A body's name with the wrong capitals: "Sở Công thương", "Ủy ban Nhân dân" (agency-name-case.json).</summary>
public sealed class AgencyNameCaseRule() : CapitalisedNameRule("VB-AGN-007", pack => pack.NameCases.Names);
