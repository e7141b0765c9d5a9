namespace WordHelper.Core.Clauses;

/// <summary>
/// A clause filled and numbered: plain text, HTML, and a flat-OPC package for Word's insertOoxml. <see cref="Missing"/>
/// lists the variables left blank (shown as "[tên biến]", highlighted); <see cref="Unknown"/> the values given for
/// variables the clause does not have.
/// </summary>
public sealed record RenderedClause(string Text, string Html, string Ooxml, IReadOnlyList<string> Missing, IReadOnlyList<string> Unknown);
