using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Workbook.Tests.Execution.Caching;

/// <summary>
/// <c>workbook run --cache</c> as a real process, one key component at a time: changing it runs the notebook again
/// (its marker grows, the console names the component), and the new outputs are then served from the cache.
/// </summary>
public class CacheInvalidationTests
{
    private const string FromCache = "outputs from cache, run of";

    [Fact]
    public async Task A_code_edit_runs_the_notebook_again_with_the_new_code()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("calc", "Console.WriteLine(6 * 7);");
        await RunOkAsync(repo);

        repo.Notebook("calc", "Console.WriteLine(6 * 8);");
        var edited = await RunOkAsync(repo);

        Assert.Equal(2, repo.Runs("calc"));
        Assert.Contains("cache: calc.dib: source changed since the cached run; running it.", edited.Error);
        Assert.DoesNotContain(FromCache, edited.Output);
        Assert.Contains("48", repo.Report("calc"));
        var again = await RunOkAsync(repo);
        Assert.Equal(2, repo.Runs("calc"));
        Assert.Contains(FromCache, again.Output);
        Assert.Contains("48", repo.Report("calc"));
    }

    [Fact]
    public async Task A_markdown_edit_reruns_only_that_notebook()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("first", markdown: "# First\n\nAs written.");
        repo.Notebook("second", markdown: "# Second\n\nAs written.");
        await RunOkAsync(repo);

        repo.Notebook("first", markdown: "# First\n\nReworded after review.");
        var edited = await RunOkAsync(repo);

        Assert.Equal(2, repo.Runs("first"));
        Assert.Equal(1, repo.Runs("second"));
        Assert.Contains("cache: first.dib: source changed", edited.Error);
        Assert.DoesNotContain("first.dib: 2 cells succeeded, " + FromCache, edited.Output);
        Assert.Contains("second.dib: 2 cells succeeded, " + FromCache, edited.Output);
        Assert.Contains("Reworded after review.", repo.Report("first"));
    }

    [Fact]
    public async Task A_parameter_override_runs_again_and_each_parameter_set_keeps_its_entry()
    {
        var repo = CacheRepository.Create();
        repo.Write("notebooks/param.dib",
            "#!csharp\n\n// parameters\nvar n = 1;\n\n#!csharp\n\nSystem.IO.File.AppendAllText(\"param.runs\", \"ran\\n\");\nConsole.WriteLine($\"n times ten is {n * 10}\");\n");
        await RunOkAsync(repo);

        var overridden = await RunOkAsync(repo, "-p", "n=5");
        var overriddenAgain = await RunOkAsync(repo, "-p", "n=5");
        var defaults = await RunOkAsync(repo);

        Assert.Equal(2, repo.Runs("param"));
        Assert.Contains("cache: param.dib: parameters changed", overridden.Error);
        Assert.DoesNotContain(FromCache, overridden.Output);
        Assert.Contains(FromCache, overriddenAgain.Output);
        Assert.Contains(FromCache, defaults.Output);
        Assert.Contains("n times ten is 10", repo.Report("param"));
        Assert.Equal(2, repo.Entries("param.dib").Count);
    }

    [Fact]
    public async Task A_changed_data_file_runs_again()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("prices", "Console.WriteLine(System.IO.File.ReadAllLines(\"../data/prices.csv\").Last());");
        await RunOkAsync(repo);

        repo.Write("data/prices.csv", "date,close\n2026-01-02,100\n2026-01-05,104\n");
        var changed = await RunOkAsync(repo);

        Assert.Equal(2, repo.Runs("prices"));
        Assert.Contains("cache: prices.dib: data changed", changed.Error);
        Assert.Contains("2026-01-05,104", repo.Report("prices"));
        Assert.Contains(FromCache, (await RunOkAsync(repo)).Output);
    }

    [Fact]
    public async Task A_rebuilt_library_referenced_with_r_runs_again()
    {
        var repo = CacheRepository.Create();
        var library = Path.Combine(repo.Root, "artifacts", "lib", "Tiny.dll");
        EmitLibrary(library, answer: 1);
        repo.Notebook("lib", "Console.WriteLine($\"library says {Tiny.Answer.Value}\");", beforeMarker: "#r \"../artifacts/lib/Tiny.dll\"\n");
        await RunOkAsync(repo);
        Assert.Contains(FromCache, (await RunOkAsync(repo)).Output);

        EmitLibrary(library, answer: 2);
        var rebuilt = await RunOkAsync(repo);

        Assert.Equal(2, repo.Runs("lib"));
        Assert.Contains("cache: lib.dib: #r files changed", rebuilt.Error);
        Assert.Contains("library says 2", repo.Report("lib"));
    }

    [Fact]
    public async Task A_changed_package_version_runs_again_with_that_version()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("json", "Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new[] { 1, 2 }));", beforeMarker: "#r \"nuget: Newtonsoft.Json, 13.0.3\"\n");
        await RunOkAsync(repo);
        Assert.Contains("<li><code>Newtonsoft.Json, 13.0.3</code></li>", repo.Report("json"));

        repo.Notebook("json", "Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new[] { 1, 2 }));", beforeMarker: "#r \"nuget: Newtonsoft.Json, 13.0.4\"\n");
        var bumped = await RunOkAsync(repo);

        Assert.Equal(2, repo.Runs("json"));
        Assert.Contains("cache: json.dib: source, packages changed since the cached run; running it.", bumped.Error);
        Assert.Contains("<li><code>Newtonsoft.Json, 13.0.4</code></li>", repo.Report("json"));
        Assert.Contains("[1,2]", repo.Report("json"));
    }

    [Fact]
    public async Task A_package_without_an_exact_version_is_never_cached()
    {
        var repo = CacheRepository.Create();
        repo.Notebook("floating", beforeMarker: "#r \"nuget: Newtonsoft.Json, 13.0.*\"\n");

        var first = await repo.RunAsync();

        Assert.Contains("cache: floating.dib is not cached: package Newtonsoft.Json has no exact version (13.0.*), so what it resolves to can change.", first.Error);
        Assert.Empty(repo.Entries("floating.dib"));
    }

    private static async Task<CliRunner.Result> RunOkAsync(CacheRepository repo, params string[] args)
    {
        var result = await repo.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    // A real assembly, rebuilt with another answer: the cache must notice the new bytes behind the same #r path.
    private static void EmitLibrary(string path, int answer)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "Tiny",
            [CSharpSyntaxTree.ParseText($"namespace Tiny; public static class Answer {{ public static int Value => {answer}; }}")],
            platform,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        var emitted = compilation.Emit(file);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
