using System.Text.Json;

namespace Workbook.Tests.Jupyter;

/// <summary>
/// Runs a Python unittest script of Python/ once, against real kernel processes, and keeps the outcome of each of
/// its tests ("ok", "skipped: …" or the failure) for the cases here to report one by one.
/// </summary>
public abstract class PythonSuite(string script)
{
    private Task<IReadOnlyDictionary<string, string>>? outcomes;

    public Task<IReadOnlyDictionary<string, string>> OutcomesAsync() => outcomes ??= RunAsync();

    private async Task<IReadOnlyDictionary<string, string>> RunAsync()
    {
        var folder = JupyterClients.ScratchFolder();
        var results = Path.Combine(folder, "outcomes.json");
        var run = await JupyterClients.RunScriptAsync(script, folder, TimeSpan.FromMinutes(10), results);
        if (!File.Exists(results)) throw new InvalidOperationException($"{script} wrote no results.\n{run.Output}\n{run.Error}");
        var parsed = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(results))!;
        parsed["(log)"] = $"exit {run.ExitCode}\n{run.Output}\n{run.Error}";
        return parsed;
    }
}

/// <summary>kernel_client_tests.py: jupyter_client's KernelManager and BlockingKernelClient.</summary>
public sealed class KernelClientSuite() : PythonSuite("kernel_client_tests.py");

public sealed class KernelClientTests(KernelClientSuite suite) : IClassFixture<KernelClientSuite>
{
    private static readonly string[] testNames =
    [
        "test_kernel_info",
        "test_heartbeat",
        "test_execute_streams_result_and_parent_headers",
        "test_silent_and_store_history",
        "test_runtime_error_traceback_points_into_the_cell",
        "test_compile_error",
        "test_stop_on_error_aborts_queued_requests",
        "test_user_expressions",
        "test_display_update",
        "test_complete_member",
        "test_complete_earlier_cell_variable_and_using",
        "test_complete_loaded_package",
        "test_inspect",
        "test_inspect_earlier_cell_symbol",
        "test_is_complete",
        "test_comm_info_and_history",
        "test_comm_open_for_an_unknown_target_is_closed_on_iopub",
        "test_stdin_round_trip",
        "test_stdin_not_allowed_reads_end_of_input",
        "test_bad_signature_is_rejected_and_logged",
        "test_unknown_message_type_is_logged_and_ignored",
        "test_working_directory_is_where_the_kernel_started",
        "test_numeric_msg_type_is_logged_and_dropped_and_every_channel_still_answers",
        "test_mistyped_content_gets_an_error_reply_naming_the_field",
        "test_malformed_input_reply_ends_the_input_and_the_kernel_lives_on",
        "test_output_beyond_the_cell_limit_is_dropped_with_a_note",
        "test_interrupt_infinite_loop",
        "test_interrupt_with_nothing_running",
        "test_interrupt_ends_the_processes_the_cell_started",
        "test_crash_is_a_dead_kernel_that_restarts",
        "test_shutdown",
        "test_restart",
    ];

    public static IEnumerable<object[]> Names => testNames.Select(name => new object[] { name });

    [JupyterTheory]
    [MemberData(nameof(Names))]
    public async Task Jupyter_client_test_passes(string name)
    {
        var outcomes = await suite.OutcomesAsync();
        Assert.True(outcomes.TryGetValue(name, out var outcome), $"{name} did not run.\n{outcomes["(log)"]}");
        Assert.True(outcome == "ok", $"{name} failed:\n{outcome}");
    }

    [JupyterFact]
    public async Task Every_python_test_is_reported_here()
    {
        var outcomes = await suite.OutcomesAsync();
        var ran = outcomes.Keys.Where(k => k.StartsWith("test_", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(testNames.Order(StringComparer.Ordinal), ran);
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(null, true, false)]
    [InlineData("python3 missing", true, false)]
    [InlineData("python3 missing", false, true)]
    public void Client_tests_are_skipped_only_without_the_tools_outside_ci(string? missing, bool ci, bool skipped) =>
        Assert.Equal(skipped, JupyterClients.SkipReasonFor(missing, ci) is not null);
}
