// Running a notebook in process sets the process-wide current directory to the notebook's folder (as VS Code's
// kernel does), so the parameter tests cannot overlap the others; the browser tests share one Chromium anyway.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
