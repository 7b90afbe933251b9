namespace MinerCapex.Data;

/// <summary>
/// The text each taxonomy value has in the data files (<c>miner</c>, <c>ai_pivot</c>, <c>after-close</c>...),
/// both ways. Matching is exact but ignores letter case.
/// </summary>
public static class TaxonomyTokens
{
    /// <summary>The file token of <paramref name="value"/>, e.g. <c>ai_capex</c> for <see cref="EventCategory.AiCapex"/>.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is not one of the taxonomy enums, or the value is undefined.</exception>
    public static string ToToken<T>(this T value) where T : struct, Enum
    {
        foreach (var (t, v) in Map<T>.Table)
        {
            if (v.Equals(value)) return t;
        }
        throw new ArgumentException($"{typeof(T).Name}.{value} has no file token.", nameof(value));
    }

    /// <summary>Reads a file token into a taxonomy value; false when the token is not one of <see cref="All{T}"/>.</summary>
    public static bool TryParse<T>(string token, out T value) where T : struct, Enum
    {
        foreach (var (t, v) in Map<T>.Table)
        {
            if (string.Equals(t, token, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>Every token of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Map<T>.Tokens;

    private static class Map<T> where T : struct, Enum
    {
        public static readonly (string Token, T Value)[] Table = Build();
        public static readonly string[] Tokens = Array.ConvertAll(Table, p => p.Token);

        private static (string, T)[] Build()
        {
            object table = typeof(T) switch
            {
                var t when t == typeof(AssetClass) => new[] { ("equity", AssetClass.Equity), ("etf", AssetClass.Etf), ("crypto", AssetClass.Crypto) },
                var t when t == typeof(SymbolGroup) => new[]
                {
                    ("miner", SymbolGroup.Miner), ("treasury", SymbolGroup.Treasury), ("neocloud", SymbolGroup.Neocloud),
                    ("hyperscaler", SymbolGroup.Hyperscaler), ("benchmark", SymbolGroup.Benchmark), ("crypto", SymbolGroup.Crypto),
                },
                var t when t == typeof(MinerSubgroup) => new[] { ("ai_pivot", MinerSubgroup.AiPivot), ("btc_centric", MinerSubgroup.BtcCentric) },
                var t when t == typeof(EventCategory) => new[]
                {
                    ("ai_capex", EventCategory.AiCapex), ("ai_financing", EventCategory.AiFinancing), ("miner_ai_deal", EventCategory.MinerAiDeal),
                    ("btc", EventCategory.Btc), ("macro", EventCategory.Macro),
                },
                var t when t == typeof(EventTiming) => new[]
                {
                    ("pre-market", EventTiming.PreMarket), ("intraday", EventTiming.Intraday), ("after-close", EventTiming.AfterClose),
                    ("weekend", EventTiming.Weekend), ("unknown", EventTiming.Unknown),
                },
                var t when t == typeof(CapexKind) => new[]
                {
                    ("capex_plan", CapexKind.CapexPlan), ("bond", CapexKind.Bond), ("contract", CapexKind.Contract),
                    ("lease", CapexKind.Lease), ("capacity", CapexKind.Capacity), ("capex_actual", CapexKind.CapexActual),
                },
                var t when t == typeof(EventDefinition) => new[] { ("news", EventDefinition.News), ("price", EventDefinition.Price) },
                var t when t == typeof(EventDiscovery) => new[] { ("research", EventDiscovery.Research), ("move_screen", EventDiscovery.MoveScreen) },
                _ => Array.Empty<(string, T)>(), // not a taxonomy enum: no tokens, so parsing fails and formatting throws
            };
            return ((string, T)[])table;
        }
    }
}
