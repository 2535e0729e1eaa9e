"""The audit trail in words, for the people who read it (审计日志): who (display name), what
it was about ("档案 XL-2026-000014", "账户 前台小张"), and the details as "项：值" phrases
instead of raw JSON. What is stored is untouched; this is only how an entry is read."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from station_desk.domain import vocab
from station_desk.domain.audit import AuditEntry
from station_desk.domain.auth import TIER_LABELS
from station_desk.domain.clock import shown_time
from station_desk.domain.records import appointments, followups, safety_plan
from station_desk.domain.records.appointments import STATUS_WORDS as ATTENDANCE_WORDS
from station_desk.domain.roles import ROLE_LABELS, Permission, Role
from station_desk.domain.session import Session
from station_desk.domain.tier.regimes import KIND_LABELS as REGIME_LABELS
from station_desk.i18n import N_

# target kind -> (zh, en); the part after the colon follows the word
TARGET_KINDS: dict[str, tuple[str, str]] = {
    "file": N_("audit.target", "file"), "user": N_("audit.target", "account"),
    "setting": N_("audit.target", "setting"),
    "regime": N_("audit.target", "regime"), "tier": N_("audit.target", "tier item"),
    "activity": N_("audit.target", "group activity"), "survey": N_("audit.target", "survey"),
    "selfcheck": N_("audit.target", "tier self-check"),
    "instrument": N_("audit.target", "instrument"),
    "hotline": N_("audit.target", "hotline call"), "assessment": N_("audit.target", "assessment"),
    "target": N_("audit.target", "yearly target"), "station": N_("audit.target", "station"),
}
# detail keys that read better in words; others are shown as written
DETAIL_KEYS: dict[str, tuple[str, str]] = {
    "role": N_("audit.detail", "role"), "from": N_("audit.detail", "from"),
    "to": N_("audit.detail", "to"),
    "old": N_("audit.detail", "was"), "new": N_("audit.detail", "now"),
    "status": N_("audit.detail", "status"),
    "reason": N_("audit.detail", "reason"), "period": N_("audit.detail", "period"),
    "file": N_("audit.detail", "file"),
    "supervisor": N_("audit.detail", "supervisor"), "access": N_("audit.detail", "access"),
    "restricted": N_("audit.detail", "restricted"), "count": N_("audit.detail", "count"),
    "note": N_("audit.detail", "note"), "version": N_("audit.detail", "version"),
    "tier": N_("audit.detail", "tier"),
    "days": N_("audit.detail", "days"), "start": N_("audit.detail", "start"),
    "end": N_("audit.detail", "end"),
    "place": N_("audit.detail", "place"), "answer": N_("audit.detail", "answer"),
    "was": N_("audit.attendance", "was"),
    "re_enabled": N_("audit.detail", "account enabled again"),
    "session": N_("audit.detail", "record"),
    "review": N_("audit.detail", "needs co-signature"),
    "file_risk": N_("audit.detail", "file risk"),
    "name": N_("audit.detail", "name"), "union_code": N_("audit.detail", "union code"),
    "address": N_("audit.detail", "address"), "clinical_key": N_("audit.detail", "clinical key"),
    "appointment": N_("audit.detail", "appointment"),
    "starts_at": N_("audit.detail", "appointment time"),
    "record": N_("audit.counselling", "record"), "followup": N_("audit.detail", "follow-up"),
    "crisis": N_("audit.detail", "crisis"), "result": N_("audit.detail", "result"),
    "purpose": N_("audit.detail", "purpose"), "next": N_("audit.detail", "next contact"),
    "sections": N_("audit.detail", "sections written"),
    "after_transfer": N_("audit.detail", "file since transferred to (their copy is not "
                                         "corrected)"),
    "doc": N_("audit.detail", "document"), "doc_no": N_("audit.detail", "copy number"),
    "pages": N_("audit.detail", "pages"), "watermark": N_("audit.detail", "watermark"),
    "via": N_("audit.detail", "through"), "session_no": N_("audit.detail", "session no."),
    "number": N_("audit.detail", "session no."), "created": N_("audit.detail", "new record"),
    "kind": N_("audit.detail", "kind"), "risk": N_("audit.detail", "risk level"),
    "risk_after": N_("audit.detail", "risk level after"),
    "type": N_("audit.detail", "type"), "date": N_("audit.detail", "date"),
    "day": N_("audit.detail", "date"), "channel": N_("audit.detail", "channel"),
    "outcome": N_("audit.detail", "outcome"), "error": N_("audit.detail", "error"),
    "migrations": N_("audit.detail", "database upgrades applied"),
    "clinical_migrations": N_("audit.detail", "clinical database upgrades applied"),
}
# coded values of some keys, in words
VALUE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "access": {"own": N_("audit", "own case"), "shared": N_("audit", "shared case"),
               "supervision": N_("audit", "as supervisor"),
               "break_glass": N_("audit", "opened with a reason")},
    "answer": {"yes": N_("audit", "yes"), "no": N_("audit", "no")},
    **{key: dict(ATTENDANCE_WORDS) for key in ("status", "was")},
    "result": dict(followups.RESULTS),
    "purpose": {code: (zh, en) for code, (zh, en, _days) in followups.PURPOSES.items()},
    "sections": dict(safety_plan.SECTIONS),
    "reason": {appointments.TRANSFERRED: N_("audit", "the file went to another station")},
    "via": {"app": N_("audit", "the app"), "cli": N_("audit", "the command line"),
            "self-test": N_("audit", "the self-test")},
    "kind": {"session": N_("audit", "session records"),
             "session.cosign": N_("audit", "co-signatures"),
             "addendum": N_("audit", "addenda")},
}
# keys whose coded values are a vocabulary's (seeds/vocabularies.json), when no word above
VOCAB_KEYS: dict[str, tuple[str, ...]] = {
    "risk": ("risk_levels",), "risk_after": ("risk_levels",), "place": ("rooms",),
    "type": ("activity_types",), "channel": ("follow_up_channels",),
    "was": ("file_statuses",), "status": ("file_statuses",),
}
# keys whose values are digests or key material: their presence is enough to say
HIDDEN_KEYS = frozenset({"digest", "sha256", "sealed", "mac", "records", "v", "chars"})


def register_value_words(key: str, words: Mapping[str, tuple[str, str]]) -> None:
    """Words for the coded values of a detail key, from a module above the domain that
    writes them (the reports name their documents: "doc": "summary")."""
    VALUE_WORDS.setdefault(key, {}).update(words)


def _requirement_text(code: str, lang: str) -> str:
    """A tier self-check item ("b1_fixed_site") as the checklist words it."""
    for tier in vocab.load_tier_checklist().tiers:
        for requirement in tier.own_requirements:
            if requirement.code == code:
                return requirement.text(lang)
    return code


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


@dataclass(frozen=True)
class AuditWords:
    """Display names by user name, read once per page of entries."""

    names: Mapping[str, str]

    @classmethod
    def load(cls, session: Session) -> AuditWords:
        session.require(Permission.VIEW_AUDIT)
        return cls({str(u): str(d) for u, d in session.db.all(
            "SELECT username, display_name FROM users")})

    def who(self, entry: AuditEntry, lang: str = "zh") -> str:
        if entry.username == "recovery":
            return N_("audit", "Recovery key").text(lang)
        return self.names.get(entry.username, entry.username)

    def target(self, target: str, lang: str = "zh") -> str:
        if not target:
            return ""
        kind, _, rest = target.partition(":")
        if kind == "user" and rest:
            rest = self.names.get(rest, rest)
        elif kind == "regime" and rest in REGIME_LABELS:
            rest = _pick(REGIME_LABELS[rest], lang)
        elif kind == "tier" and rest:
            rest = _requirement_text(rest, lang)
        if kind in TARGET_KINDS:
            return f"{_pick(TARGET_KINDS[kind], lang)} {rest}".strip()
        return target

    def value(self, key: str, value: object, lang: str) -> str:
        if isinstance(value, bool):
            return (N_("audit", "yes") if value else N_("audit", "no")).text(lang)
        if isinstance(value, dict):
            if set(value) <= {"old", "new"} or set(value) <= {"from", "to"}:
                old = value.get("old", value.get("from"))
                new = value.get("new", value.get("to"))
                return f"{self.value(key, old, lang)} → {self.value(key, new, lang)}"
            return self.details(value, lang)
        if isinstance(value, list):
            return "、".join(self.value(key, v, lang) for v in value) if lang != "en" \
                else ", ".join(self.value(key, v, lang) for v in value)
        if value is None:
            return "—"
        text = str(value)
        if text in VALUE_WORDS.get(key, {}):
            return _pick(VALUE_WORDS[key][text], lang)
        for kind in VOCAB_KEYS.get(key, ()):
            if vocab.load_vocabularies().has(kind, text):
                return vocab.label(kind, text, lang)
        if key in ("role", "from", "to", "old", "new") and text in {r.value for r in Role}:
            return _pick(ROLE_LABELS[Role(text)], lang)
        if text in TIER_LABELS and lang != "en":
            return TIER_LABELS[text]
        if key == "supervisor":
            return self.names.get(text, text)
        if len(text) == 20 and text.endswith("Z") and "T" in text:
            return shown_time(text)
        return text

    def details(self, detail: object, lang: str = "zh") -> str:
        if isinstance(detail, str):
            try:
                detail = json.loads(detail) if detail.startswith(("{", "[")) else detail
            except ValueError:
                return detail
        if not isinstance(detail, dict):
            return self.value("", detail, lang) if detail not in ("", None) else ""
        parts = []
        detail = dict(detail)
        for old, new in (("from", "to"), ("old", "new")):  # a change reads "A → B"
            if old in detail and new in detail:
                change = {"from": detail.pop(old), "to": detail.pop(new)}
                parts.append(self.value(old, change, lang))
        for key, value in detail.items():
            if key in HIDDEN_KEYS or value == "":  # an empty note says nothing
                continue
            label = _pick(DETAIL_KEYS[key], lang) if key in DETAIL_KEYS else key
            colon = N_("audit", ": ").text(lang)
            parts.append(f"{label}{colon}{self.value(key, value, lang)}")
        return "；".join(parts) if lang != "en" else "; ".join(parts)
