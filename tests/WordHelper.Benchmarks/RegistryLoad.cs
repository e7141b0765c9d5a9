using System.Diagnostics;
using WordHelper.Core.Registry;
using WordHelper.Core.RulePack;

namespace WordHelper.Benchmarks;

/// <summary>How long the shipped central data takes to read (once per process, on the first check), and what it holds.</summary>
static class RegistryLoad
{
    public static int Documents => CentralRegistry.Default.Documents.Count();

    public static string Measure()
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            _ = new CentralRegistry(RulePackData.Default);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return $"Central registry read ({Documents:N0} documents, numbers, amendments): first {times[0]:F0} ms, then {times.Skip(1).Min():F0}–{times.Skip(1).Max():F0} ms";
    }
}
