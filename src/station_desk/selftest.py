"""`--self-test`: the whole app, end to end, offscreen, in a throw-away folder.

Run from an installed or frozen copy (`station-desk --self-test`, `StationDesk.exe --self-test`)
or from source (`station-desk self-test`, `python -m station_desk self-test`). Each step prints
what it did; the first failure prints why and the run exits non-zero. Nothing outside a fresh
temporary folder is touched: no vault, no settings file, no home-folder state.

The point is to catch what only a packaged copy gets wrong: a data folder left out of the
bundle, a native library (SQLCipher, Argon2, OpenSSL, Qt plug-ins) that does not load, a
translation that was not built, a font that cannot be embedded. So the steps use the same
code paths the app uses, with real Argon2id parameters, not the tests' fast ones.

This module sits at the top of the stack, beside `app_main`: it may use every layer, and
imports each inside the step that needs it (Qt after setting QT_QPA_PLATFORM=offscreen). A
layer missing from the build fails the run (non-zero), first in the `layers` step, by name:
nothing is skipped as "not built yet".
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from station_desk import __version__, paths
from station_desk.i18n import N_

DEMO_CLIENTS = 30
DEMO_SESSIONS = 100


class StepFailed(Exception):
    """A step's check did not hold; the message says which and what was seen."""


@dataclass
class Outcome:
    key: str
    status: str  # "ok" | "fail"
    detail: str
    seconds: float


@dataclass
class Context:
    """What the steps hand on to each other."""

    lang: str
    work: Path
    values: dict[str, Any] = field(default_factory=dict)
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    def t(self, zh: str, en: str) -> str:
        return en if self.lang == "en" else zh


@dataclass(frozen=True)
class Step:
    key: str
    zh: str
    en: str
    run: Callable[[Context], str]


# -- steps ------------------------------------------------------------------------------------

def step_environment(ctx: Context) -> str:
    frozen = bool(getattr(sys, "frozen", False))
    where = ctx.t(*N_("selftest", "frozen build")) if frozen else ctx.t(*N_("selftest", "source"))
    return (f"Station Desk {__version__} · {where} · Python {platform.python_version()} · "
            f"{platform.system()} {platform.machine()} · {paths.repo_root()}")


def step_layers(ctx: Context) -> str:
    """Every layer of the app is in this build; a missing one fails here, by name."""
    try:
        from station_desk.domain import session  # noqa: F401
        from station_desk.export import build  # noqa: F401
        from station_desk.reports import service  # noqa: F401
        from station_desk.storage import vault  # noqa: F401
        from station_desk.tools import demo  # noqa: F401
        from station_desk.ui import main_window  # noqa: F401
    except ImportError as exc:
        raise StepFailed(ctx.t(*N_(
            "selftest", "a layer of the app is missing: {name}").format(name=exc.name))) from None
    # the command line sits above the self-test (it runs it): looked for, not imported
    import importlib.util

    if importlib.util.find_spec("station_desk.cli.main") is None:
        raise StepFailed(ctx.t(*N_("selftest", "a layer of the app is missing: station_desk.cli")))
    return ctx.t(*N_(
        "selftest", "storage, domain, reports, export, ui, cli and tools are all present"))


def _require_files(ctx: Context, items: list[tuple[Path, str]]) -> None:
    missing = [label for path, label in items if not path.exists()]
    if missing:
        raise StepFailed(ctx.t(*N_("selftest", "missing from the bundle: ")) + ", ".join(missing))


def step_bundled_data(ctx: Context) -> str:
    from importlib import resources

    root = paths.repo_root()
    seeds, res = paths.seeds_dir(), paths.resources_dir()
    _require_files(ctx, [
        (seeds / "vocabularies.json", "seeds/vocabularies.json"),
        (seeds / "tier_checklist.json", "seeds/tier_checklist.json"),
        (seeds / "instruments", "seeds/instruments/"),
        (seeds / "demo", "seeds/demo/"),
        (seeds / "regimes", "seeds/regimes/"),
        (res / "fonts" / "wqy-microhei.ttc", "resources/fonts/wqy-microhei.ttc"),
        (res / "fonts" / "wqy-microhei.COPYRIGHT", "resources/fonts/wqy-microhei.COPYRIGHT"),
        (res / "icons" / "station-desk.png", "resources/icons/station-desk.png"),
        (res / "licenses" / "components.json", "resources/licenses/components.json"),
    ])
    schema = sorted(p.name for p in (resources.files("station_desk.storage") / "schema").iterdir()
                    if p.name.endswith(".sql"))
    if not schema:
        raise StepFailed(ctx.t(*N_("selftest", "storage/schema/*.sql is missing from the bundle")))
    instruments = sorted(p.stem for p in (seeds / "instruments").glob("*.json"))
    if not instruments:
        raise StepFailed(ctx.t(*N_("selftest", "no instruments in seeds/")))
    translations = res / "translations"
    ts = sorted(translations.glob("*.ts")) if translations.is_dir() else []
    qm = sorted(translations.glob("*.qm")) if translations.is_dir() else []
    if getattr(sys, "frozen", False) and (ts or (translations.is_dir() and not qm)):
        # A frozen copy cannot compile .ts files (no lrelease), so the build must ship .qm.
        if not qm:
            raise StepFailed(ctx.t(*N_("selftest", "no compiled translations (.qm) in the bundle")))
    ctx.values["qm"] = [p.name for p in qm]
    compiled = ", ".join(p.name for p in qm) or ctx.t(*N_("selftest", "(not compiled)"))
    return ctx.t(*N_(
        "selftest", "data at {root}: {schemas} schema files, instruments {instruments}, "
        "translations {compiled}").format(
            root=root, schemas=len(schema), instruments=", ".join(instruments),
            compiled=compiled))


def step_native_crypto(ctx: Context) -> str:
    import cryptography
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")  # a throw-away in-memory db
        version = conn.execute("PRAGMA cipher_version").fetchone()
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()
    finally:
        conn.close()
    if not version or not version[0]:
        raise StepFailed(ctx.t(*N_("selftest", "sqlcipher3 loaded a SQLite without encryption")))
    from argon2.low_level import Type, hash_secret_raw

    digest = hash_secret_raw(b"self-test", b"0123456789abcdef", time_cost=1, memory_cost=8192,
                             parallelism=1, hash_len=32, type=Type.ID)
    if len(digest) != 32:
        raise StepFailed("Argon2id returned a short digest")
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    X25519PrivateKey.generate().public_key()
    return (f"SQLCipher {version[0]} ({provider[0] if provider else '?'}), "
            f"argon2-cffi {_dist_version('argon2-cffi')} (Argon2id), "
            f"cryptography {cryptography.__version__} (X25519, AES-GCM)")


def _dist_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # a frozen build may leave out dist-info
        return "?"


def step_demo_vault(ctx: Context) -> str:
    from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault

    vault = ctx.work / "vault"
    summary = create_demo_vault(vault, clients=DEMO_CLIENTS, sessions=DEMO_SESSIONS)
    ctx.values["vault"] = vault
    ctx.values["accounts"] = DEMO_ACCOUNTS()
    counts = summary.counts
    if counts.get("clients", 0) < 1 or counts.get("sessions", 0) < 1:
        raise StepFailed(ctx.t(*N_(
            "selftest", "demo data incomplete: {counts}").format(counts=counts)))
    return ctx.t(
        *N_(
            "selftest", "{vault}: {users} accounts, {clients} files, {sessions} sessions "
            "(fictitious)").format(
                vault=vault, users=counts.get('users', 0), clients=counts['clients'],
                sessions=counts['sessions']))


def step_sign_in(ctx: Context) -> str:
    from station_desk.domain.auth import sign_in

    admin = next(a for a in ctx.values["accounts"] if a["role"] == "admin")
    session = sign_in(ctx.values["vault"], admin["username"], admin["password"])
    ctx.values["session"] = session
    ctx.cleanups.append(session.close)
    role = getattr(session.user.role, "value", session.user.role)
    if role != "admin":
        raise StepFailed(f"signed in as {role}, expected admin")
    return ctx.t(*N_(
        "selftest", "signed in as the demo admin {username} (Argon2id key slot)").format(
            username=admin['username']))


def step_verify(ctx: Context) -> str:
    from station_desk.domain import maintenance

    report = maintenance.verify(ctx.values["session"])
    if not report.ok:
        raise StepFailed(ctx.t(" ".join(e.message("zh") for e in report.errors()),
                               " ".join(e.message("en") for e in report.errors())))
    return ctx.t(*N_(
        "selftest", "all pages sound, audit chain of {audit_entries} entries intact").format(
            audit_entries=report.audit_entries))


def step_backup(ctx: Context) -> str:
    from station_desk.domain import maintenance

    admin = next(a for a in ctx.values["accounts"] if a["role"] == "admin")
    path = maintenance.make_backup(ctx.values["session"], ctx.work / "backups")
    maintenance.inspect_backup(path, admin["username"], admin["password"])
    return ctx.t(*N_(
        "selftest", "encrypted backup {name} ({kib} KiB) written and verified").format(
            name=path.name, kib=path.stat().st_size // 1024))


def _pdf_checks(ctx: Context, data: bytes, what: str) -> str:
    if not data.startswith(b"%PDF-"):
        raise StepFailed(ctx.t(*N_("selftest", "{what} is not a PDF").format(what=what)))
    if b"/FontFile2" not in data:
        raise StepFailed(ctx.t(*N_(
            "selftest", "{what} embeds no TrueType font (Chinese would not print)").format(
                what=what)))
    target = ctx.work / "self-test.pdf"
    target.write_bytes(data)
    return ctx.t(*N_(
        "selftest", "{what}: {kib} KiB, Chinese font subset embedded").format(
            what=what, kib=len(data) // 1024))


def step_pdf(ctx: Context) -> str:
    """A real document through the reports layer: the monthly station report (what an admin
    prints), saved the way the app saves every PDF."""
    from station_desk.reports import service

    target = ctx.work / "monthly-report.pdf"
    doc = service.prepare(ctx.values["session"], service.Request("monthly"))
    rendered = service.save_pdf(ctx.values["session"], doc, target, via="self-test")
    data = target.read_bytes()
    return _pdf_checks(ctx, data, ctx.t(
        *N_(
            "selftest", "station_desk.reports '{title}', {pages} page(s), no. {doc_number}").format(
                title=doc.title, pages=rendered.pages, doc_number=rendered.doc_number)))


def step_export(ctx: Context) -> str:
    """The anonymous statistics package for last month, built, signed and written the way
    the admin's Export screen does it."""
    import datetime as dt
    import json

    from station_desk.domain.stats.period import previous_month
    from station_desk.export import build, keys, package

    session = ctx.values["session"]
    period = previous_month(dt.date.today())
    month = period.code
    content = build.build(session, period)
    target = ctx.work / "export" / package.default_name(content)
    target.parent.mkdir()
    package.write_package(session, content, target)
    tables = len(content.tables)
    ctx.values["package"] = target
    ctx.values["station_key_file"] = json.dumps(keys.key_file(session)).encode()
    size = target.stat().st_size // 1024
    return ctx.t(*N_(
        "selftest", "anonymous statistics package for {month}: {name} ({size} KiB, {tables} "
        "tables, signed)").format(month=month, name=target.name, size=size, tables=tables))


def step_export_verify(ctx: Context) -> str:
    """What the city union does on receipt: register the station's key, check the package."""
    from station_desk.export.union import registry as union_registry
    from station_desk.export.union import verify

    package = ctx.values["package"]
    registry = union_registry.Registry.load(ctx.work / "union-registry")
    registry.register(ctx.values["station_key_file"])
    checked = verify.check_package(package, registry)
    if not checked.ok:
        raise StepFailed(ctx.t(*N_(
            "selftest", "the package failed the union's checks: {reason}").format(
                reason=checked.reason(ctx.lang))))
    return ctx.t(*N_(
        "selftest", "passed the union's checks: signature, manifest and {n_tables} tables").format(
            n_tables=len(checked.tables)))


def _qt_app(ctx: Context) -> Any:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication  # noqa: TID251 - the self-test is a top layer

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "station-desk", "-platform",
                            "offscreen"])
        ctx.values["owns_app"] = True
    return app


def step_qt(ctx: Context) -> str:
    app = _qt_app(ctx)
    from PySide6.QtCore import QCoreApplication, QLocale  # noqa: TID251
    from PySide6.QtGui import QFontDatabase  # noqa: TID251

    from station_desk.ui.i18n import LANG_PROPERTY, install_translators

    # Put back what we change on an application we did not create (the test suite's).
    previous_lang, previous_locale = app.property(LANG_PROPERTY), QLocale()

    def restore() -> None:
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty(LANG_PROPERTY, previous_lang)
        QLocale.setDefault(previous_locale)

    translators = install_translators(app, "zh")
    ctx.cleanups.append(restore)
    qt_context = "QPlatformTheme"  # Qt's own catalogue: named so lupdate does not copy it to ours
    cancel = QCoreApplication.translate(qt_context, "Cancel")
    expected = "取消"  # as Qt's own qtbase_zh_CN.qm words it, not ours to translate
    if cancel != expected:
        raise StepFailed(ctx.t(*N_(
            "selftest", "Qt's qtbase_zh_CN.qm did not load ('Cancel' is not '{expected}')").format(
                expected=expected)))
    font = paths.resources_dir() / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise StepFailed(ctx.t(*N_("selftest", "Qt cannot load the bundled font")))
    return ctx.t(
        *N_(
            "selftest", "Qt {qt_version} (offscreen), {n_translators} translators installed "
            "(incl. qtbase_zh_CN), font {font}").format(
                qt_version=_qt_version(), n_translators=len(translators), font=families[0]))


def _qt_version() -> str:
    from PySide6.QtCore import qVersion  # noqa: TID251

    return qVersion()


def step_preview(ctx: Context) -> str:
    """The print preview's renderer (pdfium, a native library of its own) on the PDF above."""
    pdf = ctx.work / "self-test.pdf"
    _qt_app(ctx)
    from station_desk.ui.printing import raster

    with raster.PdfPages(pdf.read_bytes()) as pages:
        image = pages.image(0, 48)
        count = pages.count
    if image.isNull() or image.width() < 100:
        raise StepFailed(ctx.t(*N_("selftest", "page 1 of the PDF did not render")))
    # Something was drawn: not every sampled pixel is the paper's white.
    inked = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
                if image.pixelColor(x, y).lightness() < 128)
    if inked == 0:
        raise StepFailed(ctx.t(*N_("selftest", "page 1 of the PDF rendered blank")))
    return ctx.t(*N_(
        "selftest", "pdfium rendered page 1 of {count} ({width}×{height})").format(
            count=count, width=image.width(), height=image.height()))


def _construct_main_window(ctx: Context) -> Any:
    """The shell's main window on the signed-in session."""
    from station_desk.ui.main_window import MainWindow
    from station_desk.ui.settings import UiSettings

    return MainWindow(ctx.values["session"], UiSettings.at(ctx.work / "ui-settings.ini"))


def step_windows(ctx: Context) -> str:
    _qt_app(ctx)
    from PySide6.QtWidgets import QApplication  # noqa: TID251

    from station_desk.ui.about import AboutDialog

    about = AboutDialog()
    ctx.cleanups.append(lambda: _delete_now(about))
    if __version__ not in about.version_text():
        raise StepFailed(ctx.t(*N_("selftest", "the About dialog shows no version")))
    about.grab()
    shown = [ctx.t(*N_("selftest", "About dialog"))]
    window = _construct_main_window(ctx)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    image = window.grab()
    if image.isNull():
        raise StepFailed(ctx.t(*N_("selftest", "the main window did not paint")))
    window.close()
    ctx.values["window"] = True
    ctx.cleanups.append(lambda: _delete_now(window))
    shown.insert(0, ctx.t(*N_(
        "selftest", "main window ({width}×{height})").format(
            width=image.width(), height=image.height())))
    QApplication.processEvents()
    return ctx.t(*N_("selftest", "built and painted offscreen: ")) + ", ".join(shown)


STEPS: tuple[Step, ...] = (
    Step("environment", *N_("selftest", "environment"), step_environment),
    Step("layers", *N_("selftest", "layers of the app"), step_layers),
    Step("data", *N_("selftest", "bundled data"), step_bundled_data),
    Step("crypto", *N_("selftest", "native crypto libraries"), step_native_crypto),
    Step("demo", *N_("selftest", "create a demo vault"), step_demo_vault),
    Step("signin", *N_("selftest", "sign in"), step_sign_in),
    Step("verify", *N_("selftest", "verify the vault"), step_verify),
    Step("backup", *N_("selftest", "back up and check the backup"), step_backup),
    Step("pdf", *N_("selftest", "render a PDF"), step_pdf),
    Step("export", *N_("selftest", "build an export package"), step_export),
    Step("export-verify", *N_("selftest", "verify the export package"), step_export_verify),
    Step("qt", *N_("selftest", "Qt runtime"), step_qt),
    Step("preview", *N_("selftest", "print preview"), step_preview),
    Step("windows", *N_("selftest", "windows"), step_windows),
)


# -- running ----------------------------------------------------------------------------------

def _safe_text(text: str, stream: TextIO) -> str:
    """Text the stream can encode (a Windows console may be GBK or cp437)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    return text.encode(encoding, "replace").decode(encoding, "replace")


class _Printer:
    def __init__(self, stream: TextIO | None, report: Path | None) -> None:
        self.stream = stream
        self.lines: list[str] = []
        self.report = report

    def __call__(self, text: str) -> None:
        self.lines.append(text)
        if self.stream is not None:
            try:
                print(_safe_text(text, self.stream), file=self.stream, flush=True)
            except (OSError, ValueError):
                self.stream = None  # a closed console must not fail the test
        if self.report is not None:
            self.report.write_text("\n".join(self.lines) + "\n", "utf-8")


def run(*, lang: str = "zh", keep: bool = False, report: Path | None = None,
        stream: TextIO | None = None, steps: tuple[Step, ...] = STEPS) -> int:
    """Run every step; 0 when all passed, 1 on the first failure (which stops the run)."""
    lang = "en" if lang.startswith("en") else "zh"
    out = _Printer(stream if stream is not None else sys.stdout, report)
    work = Path(tempfile.mkdtemp(prefix="station-desk-selftest-"))
    ctx = Context(lang, work)
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    out(ctx.t(*N_(
        "selftest", "Station Desk {version} self-test (temporary folder {work})").format(
            version=__version__, work=work)))
    width = len(str(len(steps)))
    try:
        for number, step in enumerate(steps, 1):
            name = step.en if lang == "en" else step.zh
            t0 = time.perf_counter()
            try:
                detail, status = step.run(ctx), "ok"
            except Exception as exc:  # noqa: BLE001 - every failure is reported, not raised
                detail, status = _describe(exc), "fail"
            seconds = time.perf_counter() - t0
            outcomes.append(Outcome(step.key, status, detail, seconds))
            mark = {"ok": ctx.t(*N_("selftest", "PASS")),
                    "fail": ctx.t(*N_("selftest", "FAIL"))}[status]
            colon = ctx.t(*N_("selftest", ": "))
            out(f"[{number:>{width}}/{len(steps)}] {mark}  {name}{colon}{detail}  "
                f"({seconds:.1f} s)")
            if status == "fail":
                break
    finally:
        _cleanup(ctx)
        if keep:
            out(ctx.t(*N_("selftest", "temporary folder kept: {work}").format(work=work)))
        else:
            shutil.rmtree(work, ignore_errors=True)
    total = time.perf_counter() - started
    passed = sum(o.status == "ok" for o in outcomes)
    failed = [o for o in outcomes if o.status == "fail"]
    if failed:
        out(ctx.t(*N_(
            "selftest", "Self-test FAILED at {key}: {detail} ({total:.1f} s)").format(
                key=failed[0].key, detail=failed[0].detail, total=total)))
        return 1
    out(ctx.t(*N_(
        "selftest", "Self-test passed: {passed} passed, {total:.1f} s.").format(
            passed=passed, total=total)))
    return 0


def _delete_now(widget: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent  # noqa: TID251

    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _describe(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    if callable(message):  # StationDeskError speaks both languages
        try:
            return f"{type(exc).__name__}: {message('zh')} / {message('en')}"
        except Exception:  # noqa: BLE001
            pass
    text = str(exc) or type(exc).__name__
    return text if isinstance(exc, StepFailed) else f"{type(exc).__name__}: {text}"


def _cleanup(ctx: Context) -> None:
    for action in reversed(ctx.cleanups):
        try:
            action()
        except Exception:  # noqa: BLE001, S110 - best effort on the way out
            pass
    if "owns_app" in ctx.values or "window" in ctx.values:
        from PySide6.QtCore import QCoreApplication, QEvent  # noqa: TID251

        # Let the windows' deleteLater() run now, before the session they show is gone.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
