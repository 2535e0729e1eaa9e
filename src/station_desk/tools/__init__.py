"""Tools that make data rather than keep records: the demo station (`demo`, `demo_tier`), the
benchmark's synthetic vault (`bench_data`) and the export's and reports' timed runs
(`export_bench`, `reports_bench`). They use the domain, reports and export as any caller
does and sit above them; nothing below imports them. The self-test and the benchmark use
them, and the app's and the CLI's demo command."""
