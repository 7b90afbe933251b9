namespace TestSupport.Fuzz;

/// <summary>
/// Seeded generated inputs for the property suites: text made of tokens chosen to stress a parser (its delimiters,
/// openers without closers, line breaks), so a few hundred short cases reach the corners that random characters miss.
/// The same seed gives the same cases, so a failure names an input that reproduces.
/// </summary>
public sealed class TokenText(int seed, IReadOnlyList<string> tokens)
{
    private readonly Random _random = new(seed);

    /// <summary>Up to <paramref name="maxTokens"/> tokens, each chosen at random.</summary>
    public string Next(int maxTokens) => string.Concat(Enumerable.Range(0, _random.Next(maxTokens + 1)).Select(_ => tokens[_random.Next(tokens.Count)]));

    /// <summary>A value from 0 to <paramref name="max"/> − 1, from the same seed.</summary>
    public int Below(int max) => _random.Next(max);

    /// <summary><paramref name="count"/> generated texts.</summary>
    public IEnumerable<string> Many(int count, int maxTokens) => Enumerable.Range(0, count).Select(_ => Next(maxTokens));
}
