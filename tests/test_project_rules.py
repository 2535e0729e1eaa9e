"""Rules about the project itself: the README's matrix is the code's, and layers never look up."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from station_desk.domain.roles import matrix_markdown

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "station_desk"

# Each layer may import only the layers listed for it (plus itself and top-level helpers).
ALLOWED = {
    "storage": {"storage"},
    "domain": {"storage", "domain"},
    "reports": {"storage", "domain", "reports"},
    "export": {"storage", "domain", "reports", "export"},
}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_readme_matrix_matches_code(lang: str) -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    match = re.search(rf"<!-- matrix:{lang} -->\n(.*?)\n<!-- /matrix:{lang} -->", text, re.S)
    assert match, f"README has no matrix:{lang} block"
    assert match.group(1).strip() == matrix_markdown(lang)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_lower_layers_never_import_upper_ones(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            parts = name.split(".")
            if parts[0] in ("PySide6", "shiboken6"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
            if parts[0] == "station_desk" and len(parts) > 1:
                target = parts[1]
                if target in {"storage", "domain", "reports", "export", "ui", "cli", "app_main"} \
                        and target not in ALLOWED[layer]:
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not offenders, "\n".join(offenders)
