"""Executes a notebook in a Jupyter kernel with nbclient and writes the executed notebook.

usage: run_in_kernel.py IN.ipynb KERNEL_NAME WORKING_DIR OUT.ipynb

Outputs already in IN are cleared first. Errors do not stop the run (every cell's outputs are wanted); the
seconds from kernel start to the last cell's end are printed on stdout.
"""
import sys
import time

import nbformat
from nbclient import NotebookClient


def main(source, kernel, working_dir, target):
    notebook = nbformat.read(source, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    started = time.monotonic()
    client = NotebookClient(
        notebook,
        kernel_name=kernel,
        timeout=600,
        startup_timeout=180,
        allow_errors=True,
        resources={"metadata": {"path": working_dir}},
    )
    client.execute()
    seconds = time.monotonic() - started
    nbformat.write(notebook, target)
    print(f"{seconds:.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
