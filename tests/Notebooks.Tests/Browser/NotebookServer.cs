using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Notebooks.Tests.Browser;

/// <summary>
/// Debian's classic Jupyter Notebook 6 (<c>python3 -m notebook</c>) on 127.0.0.1 with a random token, serving a
/// scratch folder laid out like the repository (<c>notebooks/</c> with the generated .ipynb, <c>data</c> and
/// <c>artifacts</c> linked to the real ones), with the workbook kernelspec on its JUPYTER_PATH and private config
/// and runtime folders (&lt;c&gt;--allow-root&lt;/c&gt;, as CI containers run as root).
/// </summary>
internal sealed class NotebookServer : IAsyncDisposable
{
    private readonly Process process;

    private NotebookServer(Process process, string url, string token, string root)
    {
        this.process = process;
        Url = url;
        Token = token;
        Root = root;
    }

    public string Url { get; }

    public string Token { get; }

    /// <summary>The folder the server serves.</summary>
    public string Root { get; }

    /// <summary>The address of a file under <see cref="Root"/> in the notebook editor, token included.</summary>
    public string NotebookUrl(string relativePath) => $"{Url}notebooks/{relativePath}?token={Token}";

    public static async Task<NotebookServer> StartAsync(string root)
    {
        JupyterClients.EnsureInstalled();
        var port = FreePort();
        var token = Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo(JupyterClients.Python,
            ["-m", "notebook", "--no-browser", "--ip=127.0.0.1", $"--port={port}", $"--NotebookApp.token={token}",
             $"--notebook-dir={root}", "--NotebookApp.open_browser=False", "--allow-root"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["JUPYTER_PATH"] = JupyterClients.KernelSpecFolder;
        start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(root, ".jupyter-config");
        start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(root, ".jupyter-runtime");
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NotebookServer(process, $"http://127.0.0.1:{port}/", token, root);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"Jupyter Notebook exited with code {process.ExitCode} before serving.");
            try
            {
                using var reply = await http.GetAsync($"{server.Url}api/status?token={token}");
                if (reply.IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            await Task.Delay(250);
        }
        await server.DisposeAsync();
        throw new TimeoutException("Jupyter Notebook did not answer within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // The server shuts its kernels down on SIGTERM-like exits only through its API; end the tree.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
