"""Paper answer sheets of a survey campaign (`surveys`), typed in one sheet per line and
stored as the campaign's anonymous screenings (`assessments.anonymous_screening`).

A line for one paper sheet reads `GENDER AGE INDUSTRY GROUP ANSWERS`, each of the first four
`-` when not given:
- GENDER: f or m (女/男); AGE: the age band's number, 1 for under 20 up to 6 for 60 and over;
- INDUSTRY and GROUP: a vocabulary code (`manufacturing`, `migrant`) or its number in the
  list shown beside the entry box (1 = the first);
- ANSWERS: one digit per item (`012301230`), or the values separated by commas when an item
  has values above 9.
For example `f 3 1 - 012301230` is a woman aged 30–39 in the first industry, no key group.
"""

from __future__ import annotations

from station_desk.domain import vocab
from station_desk.domain.assessments import AGE_BANDS, AnonymousFields, Outcome, anonymous_screening
from station_desk.domain.instruments import Instrument
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "sheet_fields": N_(
        "errors", "A sheet's line has five parts, GENDER AGE INDUSTRY GROUP ANSWERS (- for one "
        "not given): {line}"),
    "sheet_value": N_("errors", "The sheet's {what} is not recognised: {value}"),
    "sheet_answers": N_("errors", "{name} has {items} items; this line gives {given} answers."),
    "sheet_answer": N_("errors", "Item {item}: the answer {value} is not one of {allowed}."),
})

GENDER_WORDS = {"f": "female", "女": "female", "m": "male", "男": "male",
                "-": "unspecified", "u": "unspecified"}
# AGE_BANDS in order, numbered from 1; "unspecified" is "-"
AGE_NUMBERS = {str(n): code for n, code in enumerate(
    (c for c in AGE_BANDS if c != "unspecified"), start=1)}


def _pick(kind: str, value: str, what: tuple[str, str]) -> str:
    if value == "-":
        return ""
    codes = vocab.codes(kind)
    if value.isdigit() and 1 <= int(value) <= len(codes):
        return codes[int(value) - 1]
    if value in codes:
        return value
    raise StationDeskError("sheet_value", what=what[0], what_en=what[1], value=value)


def parse_sheet(instrument: Instrument, line: str, campaign_id: int | None = None
                ) -> tuple[AnonymousFields, list[int]]:
    """One paper answer sheet typed as one line (see the module's docstring)."""
    parts = line.strip().split()
    if len(parts) != 5:
        raise StationDeskError("sheet_fields", line=line.strip())
    gender_word, age_word, industry_word, group_word, answer_word = parts
    gender = GENDER_WORDS.get(gender_word.lower())
    if gender is None:
        raise StationDeskError("sheet_value", what=N_("domain", "gender"), value=gender_word)
    if age_word == "-":
        age = "unspecified"
    elif age_word in AGE_NUMBERS:
        age = AGE_NUMBERS[age_word]
    else:
        raise StationDeskError("sheet_value", what=N_("domain", "age band"), value=age_word)
    industry = _pick("industries", industry_word, N_("domain", "industry"))
    group = _pick("key_groups", group_word, N_("domain", "key group"))
    raw = answer_word.split(",") if "," in answer_word else list(answer_word)
    if not all(v.strip().lstrip("-").isdigit() for v in raw):
        raise StationDeskError("sheet_value", what=N_("domain", "answers"), value=answer_word)
    answers = [int(v) for v in raw]
    if len(answers) != len(instrument.items):
        raise StationDeskError("sheet_answers", name=instrument.name_zh,
                               name_en=instrument.name_en, items=len(instrument.items),
                               given=len(answers))
    for item, value in zip(instrument.items, answers, strict=True):
        if value not in item.values:
            raise StationDeskError("sheet_answer", item=item.number, value=value,
                                   allowed="/".join(str(v) for v in sorted(item.values)))
    return AnonymousFields(gender, age, industry, group, campaign_id), answers


def enter_sheet(session: Session, campaign_id: int, instrument: Instrument,
                line: str) -> Outcome:
    """Parse one typed sheet and store it as the campaign's screening."""
    anon, answers = parse_sheet(instrument, line, campaign_id)
    return anonymous_screening(session, instrument, answers, anon)
