"""A measured client loop for the workbook Jupyter kernel, beside .NET Interactive's kernel (.net-csharp).

Not a test: it prints timings. Run it with Debian's Python after installing both kernels:

    dotnet run --project lib/Workbook.Cli -- kernel install
    dotnet interactive jupyter install          # .net-csharp, for the comparison
    /usr/bin/python3 tests/Benchmarks/Kernel/kernel_timings.py [--rounds N] [--kernels workbook-csharp .net-csharp]

Measured through jupyter_client, as a front end sees the kernel:
  start        process start to the first kernel_info_reply
  first cell   process start to the execute_reply of "1 + 1" sent right after that kernel_info_reply (the
               worker's start and warm-up included)
  round trip   execute "1 + 1" to its execute_reply, warm (median of N)
  completion   complete "Console.WriteL" to its reply, warm (median of N)
  notebook 02  nbclient executing notebook 02's .ipynb, kernel start included (median of a few runs)
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

import jupyter_client
import nbclient
import nbformat

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
NOTEBOOKS = os.path.join(REPO, "notebooks")


def start_to_info(kernel, rounds):
    times, first_cells = [], []
    for _ in range(rounds):
        km = jupyter_client.KernelManager(kernel_name=kernel)
        started = time.perf_counter()
        km.start_kernel(cwd=NOTEBOOKS)
        kc = km.client()
        kc.start_channels()
        # wait_for_ready resends kernel_info every second; time the first reply instead.
        kc.kernel_info()
        kc.get_shell_msg(timeout=120)
        times.append(time.perf_counter() - started)
        kc.execute_interactive("1 + 1", timeout=120, output_hook=lambda msg: None)
        first_cells.append(time.perf_counter() - started)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return times, first_cells


def warm_loops(kernel, rounds):
    km = jupyter_client.KernelManager(kernel_name=kernel)
    km.start_kernel(cwd=NOTEBOOKS)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    for _ in range(3):
        kc.execute_interactive("1 + 1", timeout=120, output_hook=lambda msg: None)
        kc.complete("Console.WriteL", 14, reply=True, timeout=120)
    trips, completions = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        kc.execute_interactive("1 + 1", timeout=120, output_hook=lambda msg: None)
        trips.append(time.perf_counter() - started)
    for _ in range(rounds):
        started = time.perf_counter()
        kc.complete("Console.WriteL", 14, reply=True, timeout=120)
        completions.append(time.perf_counter() - started)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return trips, completions


def notebook(kernel, ipynb, rounds):
    times = []
    for _ in range(rounds):
        nb = nbformat.read(ipynb, as_version=4)
        client = nbclient.NotebookClient(nb, kernel_name=kernel, timeout=900, startup_timeout=180,
                                         resources={"metadata": {"path": NOTEBOOKS}})
        started = time.perf_counter()
        client.execute()
        times.append(time.perf_counter() - started)
    return times


def ms(values):
    return f"{statistics.median(values) * 1000:8.1f} ms (min {min(values) * 1000:.1f}, n={len(values)})"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--notebook-runs", type=int, default=2)
    parser.add_argument("--kernels", nargs="+", default=["workbook-csharp", ".net-csharp"])
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="kernel-timings-")
    ipynb = os.path.join(folder, "02-correlation.ipynb")
    subprocess.run(["dotnet", "run", "--project", os.path.join(REPO, "lib", "Workbook.Cli"), "--", "convert",
                    os.path.join(NOTEBOOKS, "02-correlation.dib"), "--to", "ipynb", "--kernel", "workbook", "-o", ipynb],
                   check=True, stdout=subprocess.DEVNULL)

    # .net-csharp's kernelspec runs `dotnet interactive`, a global tool.
    os.environ["PATH"] += os.pathsep + os.path.expanduser("~/.dotnet/tools")
    for kernel in args.kernels:
        print(f"== {kernel}", flush=True)
        infos, first_cells = start_to_info(kernel, args.starts)
        print(f"  start to kernel_info_reply  {ms(infos)}", flush=True)
        print(f"  start to first cell done    {ms(first_cells)}", flush=True)
        trips, completions = warm_loops(kernel, args.rounds)
        print(f"  trivial cell round trip     {ms(trips)}", flush=True)
        print(f"  completion Console.WriteL   {ms(completions)}", flush=True)
        try:
            print(f"  notebook 02 via nbclient    {ms(notebook(kernel, ipynb, args.notebook_runs))}", flush=True)
        except Exception as error:  # the comparison kernel may fail a cell; say so rather than stop
            print(f"  notebook 02 via nbclient    failed: {type(error).__name__}: {str(error).splitlines()[-1] if str(error) else ''}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
