"""Executes an .ipynb with nbclient on a named kernel, as `jupyter nbconvert --execute` would.

usage: run_notebook.py IN.ipynb OUT.ipynb KERNEL_NAME [WORKING_DIRECTORY]
Prints "seconds <wall time of the whole run, kernel start included>" and exits 1 if a cell failed.
"""
import os
import sys
import time

import nbclient
import nbformat


def main(source, target, kernel, cwd):
    notebook = nbformat.read(source, as_version=4)
    client = nbclient.NotebookClient(notebook, kernel_name=kernel, timeout=900, startup_timeout=120,
                                     allow_errors=False, resources={"metadata": {"path": cwd}})
    started = time.perf_counter()
    failed = None
    try:
        client.execute()
    except nbclient.exceptions.CellExecutionError as error:
        failed = error
    elapsed = time.perf_counter() - started
    nbformat.write(notebook, target)
    print(f"seconds {elapsed:.3f}")
    if failed is not None:
        print(failed, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    source, target, kernel = sys.argv[1:4]
    cwd = sys.argv[4] if len(sys.argv) > 4 else os.path.dirname(os.path.abspath(source))
    sys.exit(main(source, target, kernel, cwd))
