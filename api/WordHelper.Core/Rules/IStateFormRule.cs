namespace WordHelper.Core.Rules;

/// <summary>
/// A rule about a form NĐ 30/2020 gives State documents (their number, their signature): the checker does not run it
/// on a Party or Youth Union document, which is drafted by its own rules (<see cref="Documents.DocumentHeader.IsPartySystem"/>).
/// </summary>
public interface IStateFormRule : IRule;
