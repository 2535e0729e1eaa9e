"""Rules about the project itself: the README's matrix is the code's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from station_desk.domain.roles import matrix_markdown

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "station_desk"

# The layers themselves are checked by the import contract (tests/test_import_contract.py).


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_readme_matrix_matches_code(lang: str) -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    match = re.search(rf"<!-- matrix:{lang} -->\n(.*?)\n<!-- /matrix:{lang} -->", text, re.S)
    assert match, f"README has no matrix:{lang} block"
    assert match.group(1).strip() == matrix_markdown(lang)
