namespace MinerCapex.Tests.Notebook;

/// <summary>
/// Tests that change the process-wide Formatter registrations (<c>Formatter.ResetToDefault</c>, re-registration)
/// run alone, after the parallel tests, so no other test formats a value while they do.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FormatterStateCollection
{
    public const string Name = "formatter state";
}
