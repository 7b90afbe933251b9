namespace Workbook.Cli.Tests;

/// <summary>Tests that read wall time run alone, after the parallel tests, so other engines' starts do not stretch it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CellTimingCollection
{
    public const string Name = "cell timing";
}
