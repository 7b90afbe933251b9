using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Workbook.Outputs;

namespace Workbook.Execution.Caching;

/// <summary>
/// The JSON of cache entries, generated at build time (no reflection at run time, so reading an entry costs no
/// serializer warm-up). Outputs carry a <c>kind</c> field naming their record.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(CacheEntry))]
[JsonSerializable(typeof(DisplayOutput))]
[JsonSerializable(typeof(StreamOutput))]
[JsonSerializable(typeof(ErrorOutput))]
internal sealed partial class CacheJson : JsonSerializerContext
{
    private static JsonSerializerOptions? entries;

    /// <summary>Options whose <see cref="CellOutput"/> is polymorphic (the output records live in the engine and carry no JSON attributes).</summary>
    /// <remarks>Built on first use: <see cref="JsonSerializerContext"/>'s generated <c>Default</c> is set by a static initializer in another file, whose order against this file's is not defined.</remarks>
    public static JsonSerializerOptions Entries => entries ??= new()
    {
        TypeInfoResolver = Default.WithAddedModifier(info =>
        {
            if (info.Type != typeof(CellOutput)) return;
            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "kind",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
                DerivedTypes =
                {
                    new JsonDerivedType(typeof(DisplayOutput), "display"),
                    new JsonDerivedType(typeof(StreamOutput), "stream"),
                    new JsonDerivedType(typeof(ErrorOutput), "error"),
                },
            };
        }),
    };
}
