"""Blank paper forms for the day the PC is down: intake with informed consent, a session
record, a satisfaction rating. Choices come from the same vocabularies the app uses, so what
is ticked on paper can be typed in later without translation."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table

from station_desk.domain import vocab
from station_desk.reports import blocks, fonts
from station_desk.reports.blocks import p
from station_desk.reports.data import StationInfo
from station_desk.reports.document import Document
from station_desk.reports.styles import HEAD_BG, RULE

BOX = "□"
TITLES = {"intake": "来访登记表（含知情同意书）", "session": "心理辅导记录表",
          "satisfaction": "服务满意度评价表"}
OFFLINE_NOTE = ("系统无法使用时填写；系统恢复后请在 Station Desk 中补录，纸质原件按档案管理"
                "规定锁柜保存。")


def _gaps(text: str) -> str:
    """Paragraphs collapse runs of spaces, the ideographic space included; the blanks a form
    leaves for handwriting are no-break spaces, which are kept."""
    return text.replace("　", "\u00a0" * 4)


def _choices(kind: str, *, skip: Sequence[str] = ()) -> str:
    return "\u00a0\u00a0 ".join(f"{BOX}{e.label_zh}" for e in vocab.entries(kind)
                                if e.code not in skip)


def _form_grid(rows: Sequence[tuple[str, str, float]], width: float) -> Table:
    """Label / blank-or-choices rows; the third value is the row height in mm (0: auto)."""
    data = [[p(label_text, "label"), p(_gaps(content), "cell") if content else ""]
            for label_text, content, _ in rows]
    heights = [h * mm if h else None for *_, h in rows]
    t = Table(data, colWidths=[30 * mm, width - 30 * mm], rowHeights=heights, hAlign="LEFT")
    t.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.FONT), ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_BG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])
    return t


def _pair_grid(pairs: Sequence[tuple[str, str]], width: float, height: float = 9) -> Table:
    """Two label/blank pairs a row, for short answers."""
    data = []
    for i in range(0, len(pairs), 2):
        row: list[Flowable | str] = []
        for label_text, content in pairs[i:i + 2]:
            row += [p(label_text, "label"), p(_gaps(content), "cell") if content else ""]
        data.append(row + ["", ""] * (2 - len(pairs[i:i + 2])))
    half = width / 2
    t = Table(data, colWidths=[26 * mm, half - 26 * mm] * 2, rowHeights=height * mm,
              hAlign="LEFT")
    t.setStyle([("GRID", (0, 0), (-1, -1), 0.5, RULE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                ("BACKGROUND", (2, 0), (2, -1), HEAD_BG)])
    return t


def _signatures(labels: Sequence[str], width: float) -> Table:
    row: list[Flowable | str] = []
    for label_text in labels:
        row += [p(label_text, "label"), "", p("日期：", "label"), ""]
    each = width / len(labels)
    t = Table([row], colWidths=[each * 0.27, each * 0.3, each * 0.16, each * 0.27] * len(labels),
              rowHeights=12 * mm, hAlign="LEFT")
    commands = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for i in range(len(labels)):
        commands += [("LINEBELOW", (4 * i + 1, 0), (4 * i + 1, 0), 0.5, RULE),
                     ("LINEBELOW", (4 * i + 3, 0), (4 * i + 3, 0), 0.5, RULE)]
    t.setStyle(commands)
    return t


CONSENT = [
    "一、服务性质：本站为职工提供免费、自愿的心理健康服务，包括心理辅导、心理测评、团体活动及必要的"
    "危机干预和转介。心理辅导不是医学诊断或治疗；如需诊疗，咨询师会建议转介至专业医疗机构。",
    "二、保密原则：您的个人信息和谈话内容将严格保密，记录保存在加密系统中，仅您的咨询师及经授权的"
    "督导可以查阅。未经您书面同意，不会向您的工作单位、工会组织或任何第三方透露。",
    "三、保密例外：出现以下情况时，咨询师将依法或依职业伦理突破保密，并尽可能事先告知您："
    "（1）您有伤害自己或他人的明显危险；（2）涉及未成年人、老年人等受到虐待或侵害；"
    "（3）法律法规要求或司法机关依法调取；（4）为保证服务质量进行的督导和个案讨论（将隐去可识别身份的信息）。",
    "四、自愿原则：您可以随时提出暂停或结束服务，也可以要求更换咨询师，这不会影响您享受其他服务。",
    "五、记录与测评：为保证服务的连续性，每次辅导将形成记录；测评结果仅作辅导参考。",
    "六、紧急情况：如出现紧急心理危机，请立即拨打 12356 心理援助热线、110 或 120，"
    "或前往就近医院急诊。",
]


def _intake(width: float) -> list[Flowable]:
    out: list[Flowable] = [*blocks.title(TITLES["intake"]), p(OFFLINE_NOTE, "small"),
                           blocks.spacer(2)]
    out.append(_pair_grid([("档案编号", ""), ("登记日期", "　　年　　月　　日"),
                           ("姓名或化名", ""), ("出生年份", ""),
                           ("联系电话", ""), ("工作单位", ""),
                           ("所属行业", ""), ("岗位类别", "")], width))
    out.append(_form_grid([
        ("性别", _choices("genders"), 0),
        ("重点群体", _choices("key_groups"), 0),
        ("来访途径", _choices("referral_sources"), 0),
        ("主要问题", _choices("presenting_issues", skip=("crisis",)), 0),
        ("紧急联系人", "姓名：　　　　　　　　关系：　　　　　　　　电话：", 0),
        ("希望获得的帮助", "", 26),
    ], width))
    out += blocks.heading("知情同意书", 1)
    out += [p(text, "body") for text in CONSENT]
    out.append(p(f"{BOX} 以上内容（特别是保密例外）咨询师已向我说明，我已理解并自愿接受服务。"
                 f"\u00a0\u00a0 {BOX} 同意接受心理测评。", "body"))
    out.append(KeepTogether([_signatures(["来访者签名：", "咨询师签名："], width)]))
    return out


def _session(width: float) -> list[Flowable]:
    out: list[Flowable] = [*blocks.title(TITLES["session"]), p(OFFLINE_NOTE, "small"),
                           blocks.spacer(2)]
    out.append(_pair_grid([("档案编号", ""), ("来访者", ""),
                           ("辅导次数", "第　　次"), ("日期", "　　年　　月　　日"),
                           ("时间", "　　：　　 至 　　：　　"), ("咨询师", "")], width))
    out.append(_form_grid([
        ("服务方式", _choices("modalities"), 0),
        ("功能室", _choices("rooms"), 0),
        ("主要问题", _choices("presenting_issues"), 0),
        ("干预方法", _choices("interventions"), 0),
        ("风险等级", _choices("risk_levels") + "（中风险及以上须同时填写危机干预记录）", 0),
        ("主诉", "", 30), ("评估", "", 30), ("干预", "", 30), ("计划", "", 22),
        ("转介建议", "", 10), ("下次预约", "　　年　　月　　日　　：　　", 0),
    ], width))
    out.append(_signatures(["咨询师签名：", "督导会签："], width))
    return out


def _satisfaction(width: float) -> list[Flowable]:
    out: list[Flowable] = [*blocks.title(TITLES["satisfaction"]),
                           p("感谢您使用本站服务。本表不填写姓名，请在每项中勾选一个分数"
                             "（1 = 很不满意，5 = 很满意）。您的意见将帮助我们改进服务。", "body"),
                           blocks.spacer(2)]
    header = ["评价项目", "1 很不满意", "2 不满意", "3 一般", "4 满意", "5 很满意"]
    rows = [(e.label_zh, BOX, BOX, BOX, BOX, BOX) for e in vocab.entries("satisfaction_items")]
    out += blocks.table(header, rows, [width * 0.3] + [width * 0.14] * 5,
                        align=["l", "c", "c", "c", "c", "c"], zebra=False)
    out += [blocks.spacer(3), p(_gaps("服务日期：　　　　年　　月　　日　　　服务方式：")
                                 + _choices("modalities"), "body"),
            blocks.spacer(2), p("您的意见和建议：", "body"), blocks.blank_lines(6, width)]
    return out


BUILDERS = {"intake": _intake, "session": _session, "satisfaction": _satisfaction}


def forms_document(station: StationInfo, which: Sequence[str]) -> Document:
    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = []
        for index, name in enumerate(which):
            if index:
                out.append(PageBreak())
            out += BUILDERS[name](width)
        return out

    title = TITLES[which[0]] if len(which) == 1 else "空白纸质表单"
    return Document("forms", "FRM", title, "", f"forms:{'+'.join(which)}", station, build,
                    clinical=False, detail={"forms": list(which)})
