"""`station-desk bench`: measured speed at station scale, against plain SQLite in the same run.

The package sits above every other layer and nothing but the CLI imports it. It builds a
synthetic vault (`build`), copies it to an unencrypted SQLite file, measures the same storage
work on both and the app-level figures on the vault (`measure`, `startup`), and reports them
(`runner`, `report`). Measuring happens in child processes, so the peak memory reported is that
of a process doing the app's work, not of the generator that filled the vault.
"""
