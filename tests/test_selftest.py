"""The self-test from source: every step runs and says what it did; a failure stops it with a
clear message and a non-zero code; the entry script's argv and stream guards."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import pytest

from station_desk import __version__, selftest
from station_desk.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[1]


def _entry():
    spec = importlib.util.spec_from_file_location("station_desk_entry", ROOT / "installer" /
                                                  "entry.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_self_test_passes_from_source(qapp, tmp_path: Path) -> None:
    out = io.StringIO()
    report = tmp_path / "report.txt"
    code = selftest.run(lang="en", stream=out, report=report)
    text = out.getvalue()
    assert code == 0, text
    lines = text.splitlines()
    for number, step in enumerate(selftest.STEPS, 1):
        matching = [line for line in lines if line.startswith(f"[{number:>2}/") and step.en in line]
        assert matching, f"step {step.key} printed nothing:\n{text}"
        assert "FAIL" not in matching[0]
    for must_pass in ("environment", "data", "crypto", "demo", "signin", "verify", "backup",
                      "pdf", "qt", "windows"):
        index = [s.key for s in selftest.STEPS].index(must_pass) + 1
        line = next(line for line in lines if line.startswith(f"[{index:>2}/"))
        assert "PASS" in line, line
    assert "Self-test passed" in lines[-1]
    assert __version__ in lines[0]
    assert report.read_text("utf-8") == text
    # The temporary folder is gone afterwards.
    work = Path(lines[0].split("temporary folder ")[1].rstrip(")"))
    assert not work.exists()


def test_self_test_in_chinese_names_each_step(qapp) -> None:
    out = io.StringIO()
    assert selftest.run(lang="zh", stream=out) == 0, out.getvalue()
    text = out.getvalue()
    for step in selftest.STEPS:
        assert step.zh in text
    assert "自检通过" in text.splitlines()[-1]


def test_a_failing_step_stops_the_run_with_a_clear_message(tmp_path: Path) -> None:
    ran: list[str] = []

    def ok(ctx: selftest.Context) -> str:
        ran.append("ok")
        (ctx.work / "marker").write_text("x")
        return "fine"

    def broken(ctx: selftest.Context) -> str:
        raise selftest.StepFailed("the font is missing from the bundle")

    def never(ctx: selftest.Context) -> str:
        ran.append("never")
        return ""

    steps = (selftest.Step("one", "一", "one", ok), selftest.Step("two", "二", "two", broken),
             selftest.Step("three", "三", "three", never))
    out = io.StringIO()
    assert selftest.run(lang="en", stream=out, steps=steps) == 1
    text = out.getvalue()
    assert ran == ["ok"]
    assert "FAIL  two: the font is missing from the bundle" in text
    assert text.splitlines()[-1].startswith("Self-test FAILED at two: the font is missing")


def test_an_unexpected_exception_is_reported_not_raised() -> None:
    def boom(ctx: selftest.Context) -> str:
        raise OSError("disk full")

    out = io.StringIO()
    code = selftest.run(lang="en", stream=out, steps=(selftest.Step("x", "x", "x", boom),))
    assert code == 1
    assert "OSError: disk full" in out.getvalue()


@pytest.mark.parametrize("missing", ["station_desk.export", "station_desk.tools",
                                     "station_desk.reports"])
def test_a_missing_layer_fails_the_run(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    """Nothing is skipped as "not built yet": a layer left out of a build fails, by name."""
    monkeypatch.setitem(sys.modules, missing, None)  # as if left out: importing it fails
    for name in [m for m in sys.modules if m.startswith(missing + ".")]:
        monkeypatch.delitem(sys.modules, name)
    out = io.StringIO()
    layers = next(step for step in selftest.STEPS if step.key == "layers")
    assert selftest.run(lang="en", stream=out, steps=(layers,)) == 1
    assert f"FAIL  layers of the app: a layer of the app is missing: {missing}" in out.getvalue()


def test_keep_leaves_the_folder(tmp_path: Path) -> None:
    out = io.StringIO()
    steps = (selftest.Step("e", "e", "e", selftest.step_environment),)
    assert selftest.run(lang="en", stream=out, keep=True, steps=steps) == 0
    kept = Path(out.getvalue().split("temporary folder kept: ")[1].split("\n")[0])
    assert kept.is_dir()
    kept.rmdir()


def test_cli_has_a_self_test_command() -> None:
    args = build_parser().parse_args(["self-test", "--keep", "--report", "r.txt"])
    assert args.handler.__module__ == "station_desk.cli.selftest_command"
    assert args.keep and args.report == Path("r.txt")


def test_entry_maps_the_flag_and_keeps_other_arguments() -> None:
    entry = _entry()
    assert entry.translate_argv(["--self-test"]) == ["self-test"]
    assert entry.translate_argv(["--lang", "en", "--self-test", "--keep"]) == \
        ["self-test", "--lang", "en", "--keep"]
    assert entry.translate_argv(["gui", "--demo"]) == ["gui", "--demo"]
    assert entry.translate_argv([]) == []


def test_entry_gives_a_windowed_build_somewhere_to_print(monkeypatch: pytest.MonkeyPatch) -> None:
    entry = _entry()
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    entry._guard_streams(self_test=False)
    assert sys.stdout is not None and sys.stderr is not None
    print("nowhere")  # must not raise
    print("nowhere", file=sys.stderr)
    sys.stdout.close()
    sys.stderr.close()
