using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Workbook.Cli.Tests.Commands;

/// <summary>The kernel's connection file, through the real <c>workbook kernel</c> process: a missing key is refused.</summary>
public class KernelConnectionTests
{
    [Fact]
    public async Task A_connection_file_without_a_key_is_refused_with_exit_2()
    {
        var folder = CliRunner.Folder(("kernel.json", Connection(key: null)));

        var result = await WorkbookCli.ProcessAsync(folder, "kernel", "kernel.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(
            "workbook kernel: kernel.json: 'key' is missing, so the kernel would run unsigned requests from any local process that finds its ports. Give the HMAC key the front end signs with, or \"key\": \"\" to turn signing off on purpose.\n",
            result.Error);
    }

    [Fact]
    public async Task An_explicit_empty_key_starts_the_kernel_with_a_loud_warning()
    {
        var folder = CliRunner.Folder(("kernel.json", Connection(key: "")));
        var start = new ProcessStartInfo("dotnet", [WorkbookCli.Assembly, "kernel", "kernel.json"])
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var kernel = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var first = await kernel.StandardError.ReadLineAsync(timeout.Token);
            Assert.Equal("workbook kernel: WARNING: kernel.json sets an empty 'key': message signing is OFF, and any local process that finds the kernel's ports can run code in it.", first);
            Assert.False(kernel.HasExited, "the kernel did not start");
        }
        finally
        {
            kernel.Kill(entireProcessTree: true);
            await kernel.WaitForExitAsync();
        }
    }

    private static string Connection(string? key)
    {
        var ports = Enumerable.Range(0, 5).Select(_ => FreePort()).ToList();
        var fields = new Dictionary<string, object>
        {
            ["transport"] = "tcp",
            ["ip"] = "127.0.0.1",
            ["shell_port"] = ports[0],
            ["iopub_port"] = ports[1],
            ["stdin_port"] = ports[2],
            ["control_port"] = ports[3],
            ["hb_port"] = ports[4],
            ["signature_scheme"] = "hmac-sha256",
        };
        if (key is not null)
            fields["key"] = key;
        return System.Text.Json.JsonSerializer.Serialize(fields);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
