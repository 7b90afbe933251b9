// Running a notebook sets the process-wide current directory to the notebook's folder (as VS Code's kernel
// does), so tests that run notebooks, or that read or set the current directory, cannot overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
