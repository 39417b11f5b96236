// Each test class runs its own server process and PostgreSQL cluster; on a shared 2-core machine running them one
// after another keeps the timing bounds of the fault test meaningful.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
