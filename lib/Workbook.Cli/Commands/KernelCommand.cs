using System.CommandLine;
using Workbook.Jupyter;

namespace Workbook.Cli.Commands;

/// <summary>
/// <c>workbook kernel &lt;connection-file&gt;</c> runs the Jupyter kernel (Jupyter front ends start it so);
/// <c>workbook kernel install [--user | --sys-prefix | --prefix DIR]</c>, <c>uninstall</c> and <c>list</c> manage its
/// kernelspec. Exit codes: 0 ok, 2 a usage error or a connection file or folder that cannot be used.
/// </summary>
public static class KernelCommand
{
    /// <summary>Builds the <c>kernel</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var connection = new Argument<string?>("connection-file")
        {
            Description = "The connection file a Jupyter front end starts the kernel with ({connection_file} in kernel.json).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var kernel = new Command("kernel", $"Run the Jupyter kernel '{KernelSpec.Name}' on this engine, or install it for Jupyter front ends.") { connection };
        kernel.SetAction(async (result, _) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (result.GetValue(connection) is not { } path)
            {
                await error.WriteLineAsync("Usage: workbook kernel <connection-file> | workbook kernel install|uninstall|list");
                return WorkbookCommand.UsageError;
            }
            return await RunAsync(path, error);
        });
        kernel.Subcommands.Add(CreateInstall());
        kernel.Subcommands.Add(CreateUninstall());
        kernel.Subcommands.Add(CreateList());
        return kernel;
    }

    private static async Task<int> RunAsync(string path, TextWriter error)
    {
        try
        {
            var file = ConnectionFile.Read(path);
            if (file.Unsigned)
                await error.WriteLineAsync($"workbook kernel: WARNING: {path} sets an empty 'key': message signing is OFF, and any local process that finds the kernel's ports can run code in it.");
            await using var kernel = new JupyterKernel(file, new WorkerEngine(WorkerCommand.Launch, Environment.CurrentDirectory), Console.Error);
            return await kernel.RunAsync();
        }
        catch (KernelStartException problem)
        {
            await error.WriteLineAsync($"workbook kernel: {problem.Message}");
            return WorkbookCommand.UsageError;
        }
    }

    private sealed record Location(Option<bool> User, Option<bool> SysPrefix, Option<string?> Prefix);

    private static Location LocationOptions(Command command)
    {
        var location = new Location(
            new Option<bool>("--user") { Description = "The per-user Jupyter data folder (the default)." },
            new Option<bool>("--sys-prefix") { Description = "The data folder of the Python environment Jupyter runs in (sys.prefix/share/jupyter)." },
            new Option<string?>("--prefix") { Description = "DIR/share/jupyter, for a Jupyter installed under DIR.", HelpName = "DIR" });
        command.Options.Add(location.User);
        command.Options.Add(location.SysPrefix);
        command.Options.Add(location.Prefix);
        command.Validators.Add(result =>
        {
            var chosen = new[] { result.GetValue(location.User), result.GetValue(location.SysPrefix), result.GetValue(location.Prefix) is not null }.Count(c => c);
            if (chosen > 1) result.AddError("Give at most one of --user, --sys-prefix and --prefix DIR.");
        });
        return location;
    }

    private static string DataFolder(ParseResult result, Location location) =>
        result.GetValue(location.Prefix) is { } prefix ? Path.Combine(Path.GetFullPath(prefix), "share", "jupyter")
        : result.GetValue(location.SysPrefix) ? KernelSpec.SysPrefixDataFolder()
        : KernelSpec.UserDataFolder();

    private static Command CreateInstall()
    {
        var install = new Command("install", $"Write the kernelspec '{KernelSpec.Name}' ({KernelSpec.DisplayName}), which starts this build of the engine.");
        var location = LocationOptions(install);
        install.SetAction(result => Manage(result, data =>
        {
            var folder = KernelSpec.Install(data, KernelSpec.CurrentCommand());
            result.InvocationConfiguration.Output.WriteLine($"Installed kernelspec {KernelSpec.Name} in {folder}");
            return 0;
        }, location));
        return install;
    }

    private static Command CreateUninstall()
    {
        var uninstall = new Command("uninstall", $"Remove the kernelspec '{KernelSpec.Name}'.");
        var location = LocationOptions(uninstall);
        uninstall.SetAction(result => Manage(result, data =>
        {
            var output = result.InvocationConfiguration.Output;
            output.WriteLine(KernelSpec.Uninstall(data)
                ? $"Removed kernelspec {KernelSpec.Name} from {Path.Combine(data, "kernels")}"
                : $"No kernelspec {KernelSpec.Name} in {Path.Combine(data, "kernels")}; nothing to remove.");
            return 0;
        }, location));
        return uninstall;
    }

    private static Command CreateList()
    {
        var list = new Command("list", "List the kernelspecs Jupyter would find ($JUPYTER_PATH, the user's and the system's folders).");
        list.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var found = KernelSpec.Find(KernelSpec.SearchPath());
            foreach (var (name, display, folder) in found)
                output.WriteLine($"{(name == KernelSpec.Name ? "*" : " ")} {name,-20} {display,-24} {folder}");
            if (!found.Any(f => f.Name == KernelSpec.Name))
                output.WriteLine($"{KernelSpec.Name} is not installed; run 'workbook kernel install'.");
            return 0;
        });
        return list;
    }

    private static int Manage(ParseResult result, Func<string, int> action, Location location)
    {
        try
        {
            return action(DataFolder(result, location));
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            result.InvocationConfiguration.Error.WriteLine($"workbook kernel: {problem.Message}");
            return WorkbookCommand.UsageError;
        }
    }
}
