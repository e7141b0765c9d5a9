using System.Runtime.CompilerServices;

namespace WordHelper.Core.RulePack;

/// <summary>
/// What a rule or a matcher derives from the rule pack (folded phrases, lookups), built once per pack and kept as long as the pack
/// lives: a check then costs the draft's size, not the pack's.
/// </summary>
sealed class PerPack<T>(Func<RulePackData, T> build) where T : class
{
    readonly ConditionalWeakTable<RulePackData, T> _built = new();
    readonly ConditionalWeakTable<RulePackData, T>.CreateValueCallback _build = p => build(p);

    public T For(RulePackData pack) => _built.GetValue(pack, _build);
}
