"""The tier documents: a self-check for the inspection file, and the station regimes (制度)
for the wall.

The self-check prints a kept check exactly as it was taken (its statuses, the figures found
and the admin's answers), in Chinese or English; it holds counts, never a name of a worker.
The regimes print the adopted version of each, with its version and adoption date.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table

from station_desk.domain.clock import STATION_TZ, parse_iso
from station_desk.domain.tier import regimes as regime_mod
from station_desk.domain.tier import selfcheck as sc
from station_desk.i18n import N_
from station_desk.reports import blocks
from station_desk.reports.blocks import p
from station_desk.reports.data import StationInfo
from station_desk.reports.document import Document

# (zh, en) wording of the documents.
WORDS: dict[str, tuple[str, str]] = {
    "selfcheck_title": N_("reports", "Station Tier Self-Check"),
    "selfcheck_short": N_("reports", "Tier self-check"),
    "taken": N_("reports", "Date of check"),
    "by": N_("reports", "Checked by"),
    "target": N_("reports", "Target tier"),
    "window": N_("reports", "Period"),
    "result": N_("reports", "Result"),
    "highest": N_("reports", "Highest tier met"),
    "none": N_("reports", "None yet"),
    "no": N_("reports", "No."),
    "requirement": N_("reports", "Requirement"),
    "status": N_("reports", "Status"),
    "basis": N_("reports", "Evidence"),
    "manual": N_("reports", "Checked by hand"),
    "records": N_("reports", "From the records"),
    "answer_yes": N_("reports", "yes"),
    "answer_no": N_("reports", "no"),
    "answered": N_("reports", "Answer"),
    "sign_checker": N_("reports", "Checked by:"),
    "sign_head": N_("reports", "Station head:"),
    "sign_date": N_("reports", "Date:"),
    "explain": N_(
        "reports", "“Met” means the figures in the records reach the requirement; “not met” "
        "means the records show it is not being done, or the hand check said no; “not yet "
        "evidenced” means the app holds nothing to judge by yet, or a hand-checked item is "
        "unanswered (or was answered over a year ago). The period examined is the year before "
        "the check (or the station's life if shorter); duty is judged on the last four weeks "
        "and the week ahead, first contact on the last 90 days."),
    "regimes_title": N_("reports", "Station Regimes"),
    "regimes_short": N_("reports", "Station regimes"),
    "version": N_("reports", "Version {version}, adopted {day}"),
    "no_regimes": N_("reports", "No regime has been adopted yet."),
}
STATUS_COLOURS = {sc.MET: "#1b6e3a", sc.NOT_MET: "#b3261e", sc.NOT_EVIDENCED: "#7a5b00"}


def w(key: str, lang: str, **params: object) -> str:
    zh, en = WORDS[key]
    text = en if lang == "en" else zh
    return text.format(**params) if params else text


def _status(status: str, lang: str) -> str:
    zh, en = sc.STATUS_LABELS[status]
    return en if lang == "en" else zh


def _local_day(stamp: str) -> str:
    return parse_iso(stamp).astimezone(STATION_TZ).date().isoformat()


def _evidence_text(finding: sc.Finding, lang: str) -> str:
    lines = [finding.reason(lang)]
    lines += [f"· {fact.text(lang)}" for fact in finding.facts]
    given = finding.answer
    if finding.basis == sc.MANUAL and given is not None:
        yes_no = w("answer_yes" if given.answer == "yes" else "answer_no", lang)
        sep = "：" if lang == "zh" else ": "
        line = f"{w('answered', lang)}{sep}{yes_no} · {given.day} · {given.answered_name}"
        if given.note:
            line += f"{sep}{given.note}"
        lines.append(line)
    return "\n".join(lines)


def selfcheck_document(station: StationInfo, check: sc.SelfCheck, lang: str = "zh"
                       ) -> Document:
    lang = "en" if lang.startswith("en") else "zh"
    counts = check.counts()
    highest = check.highest_met()

    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title(w("selfcheck_title", lang), station.name)]
        result = " · ".join(f"{_status(s, lang)} {counts[s]}" for s in sc.STATUSES)
        pairs = [
            (w("taken", lang), check.day), (w("by", lang), check.taken_name),
            (w("target", lang), sc.tier_label(check.target_tier, lang)),
            (w("window", lang), f"{check.window_first} – {check.window_last}"),
            (w("result", lang), result),
            (w("highest", lang), sc.tier_label(highest, lang) if highest else w("none", lang)),
        ]
        out.append(blocks.fields(pairs, width, columns=2, label_mm=26))
        out.append(blocks.spacer(2))
        out.append(p(w("explain", lang), "small"))
        number = 0
        for tier in check.tiers():
            findings = [f for f in check.findings if f.tier == tier]
            state = _status(check.tier_status(tier), lang)
            out += blocks.heading(f"{sc.tier_label(tier, lang)} — {state}", 1)
            rows = []
            for finding in findings:
                number += 1
                basis = w("manual" if finding.basis == sc.MANUAL else "records", lang)
                rows.append((str(number), f"{finding.text(lang)}\n（{basis}）"
                             if lang == "zh" else f"{finding.text(lang)}\n({basis})",
                             _status(finding.status, lang), _evidence_text(finding, lang)))
            out.append(_findings_table(rows, [f.status for f in findings], width, lang))
        out += [blocks.spacer(10), _signatures(width, lang)]
        return out

    title = w("selfcheck_short", lang)
    return Document("selfcheck", "TIER", title, check.day,
                    f"selfcheck:{check.id}" if check.id else "selfcheck", station, build,
                    clinical=False, confidential=True,
                    detail={"selfcheck": check.id, "lang": lang}, lang=lang)


def _findings_table(rows: Sequence[tuple[str, str, str, str]], statuses: Sequence[str],
                    width: float, lang: str) -> Flowable:
    widths = [width * f for f in (0.06, 0.3, 0.12, 0.52)]
    header = [w("no", lang), w("requirement", lang), w("status", lang), w("basis", lang)]
    table = blocks.table(header, rows, widths, align=["c", "l", "c", "l"], zebra=False)[0]
    assert isinstance(table, Table)
    for i, status in enumerate(statuses, start=1):
        colour = STATUS_COLOURS[status]
        table.setStyle([("TEXTCOLOR", (2, i), (2, i), colour)])
        if status == sc.NOT_MET:
            table.setStyle([("BACKGROUND", (2, i), (2, i), "#fbeaea")])
    return table


def _signatures(width: float, lang: str) -> Table:
    label = 24 * mm if lang == "zh" else 28 * mm
    flex = (width - 2 * label - 14 * mm - 30 * mm) / 2
    t = Table([[p(w("sign_checker", lang), "label"), "", p(w("sign_head", lang), "label"), "",
                p(w("sign_date", lang), "label"), ""]],
              colWidths=[label, flex, label, flex, 14 * mm, 30 * mm], hAlign="LEFT")
    t.setStyle([("LINEBELOW", (1, 0), (1, 0), 0.4, "#777777"),
                ("LINEBELOW", (3, 0), (3, 0), 0.4, "#777777"),
                ("LINEBELOW", (5, 0), (5, 0), 0.4, "#777777"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    return t


# --------------------------------------------------------------------------- regimes


def regime_flowables(regime: regime_mod.Regime, width: float, lang: str) -> list[Flowable]:
    out: list[Flowable] = [*blocks.title(regime.title, w(
        "version", lang, version=regime.version, day=_local_day(regime.adopted_at)))]
    for block in regime_mod.parse_blocks(regime.body):
        if block.kind == "heading":
            out += blocks.heading(block.text, 2)
        elif block.kind == "item":
            table = Table([[p(block.number, "body"), p(block.text, "body")]],
                          colWidths=[9 * mm, width - 9 * mm], hAlign="LEFT")
            table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])
            out.append(table)
        else:
            out.append(p(block.text, "note"))
    return out


def regimes_document(station: StationInfo, chosen: Sequence[regime_mod.Regime],
                     lang: str = "zh") -> Document:
    """Each adopted regime on its own pages, ready for the wall."""
    lang = "en" if lang.startswith("en") else "zh"

    def build(width: float) -> list[Flowable]:
        if not chosen:
            return [*blocks.title(w("regimes_title", lang), station.name),
                    p(w("no_regimes", lang), "body")]
        out: list[Flowable] = []
        for index, regime in enumerate(chosen):
            if index:
                out.append(PageBreak())
            out += regime_flowables(regime, width, lang)
            out += [blocks.spacer(6), p(station.name, "small")]
        return out

    kinds = [r.kind for r in chosen]
    return Document("regimes", "REG", w("regimes_short", lang),
                    "、".join(r.title for r in chosen) if lang == "zh" and len(chosen) == 1
                    else "", "regimes", station, build, clinical=False, confidential=False,
                    detail={"regimes": {r.kind: r.version for r in chosen}, "kinds": kinds},
                    lang=lang)

