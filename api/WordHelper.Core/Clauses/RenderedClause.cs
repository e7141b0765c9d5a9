namespace WordHelper.Core.Clauses;

/// <summary>A clause filled and numbered: plain text, HTML, and a flat-OPC package for Word's insertOoxml.</summary>
public sealed record RenderedClause(string Text, string Html, string Ooxml, IReadOnlyList<string> Missing, IReadOnlyList<string> Unused);
