"""The file formats stated as JSON Schemas (src/station_desk/domain/schemas/): valid schemas
by the reference validator, the shipped files pass them, and a bad file is refused naming the
file and the problem."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from station_desk import paths
from station_desk.domain import vocab
from station_desk.errors import StationDeskError

SCHEMAS = Path(__file__).resolve().parents[1] / "src" / "station_desk" / "domain" / "schemas"


@pytest.mark.parametrize(("schema", "files"), [
    ("instrument.schema.json", sorted((paths.seeds_dir() / "instruments").glob("*.json"))),
    ("vocabularies.schema.json", [paths.seeds_dir() / "vocabularies.json"]),
])
def test_schemas_are_valid_and_the_shipped_files_pass(schema: str, files: list[Path]) -> None:
    doc = json.loads((SCHEMAS / schema).read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(doc)
    assert files
    for path in files:
        jsonschema.Draft7Validator(doc).validate(json.loads(path.read_text("utf-8")))


def test_a_vocabulary_entry_without_its_label_is_named(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    data = json.loads((paths.seeds_dir() / vocab.VOCAB_FILE).read_text("utf-8"))
    data["vocabularies"]["rooms"]["entries"][1]["label_zh"] = " "
    (seeds / vocab.VOCAB_FILE).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(StationDeskError) as info:
        vocab.load_vocabularies(seeds)
    message = info.value.message("en")
    assert str(seeds / vocab.VOCAB_FILE) in message
    assert "vocabularies.rooms.entries[1].label_zh: expected non-empty text" in message
