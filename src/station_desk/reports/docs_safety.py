"""The safety plan printed for the worker to keep (我的安全计划): their own words in the five
sections, with space to add more by hand, and the station's and the hotline's numbers they
wrote down. Written to be read by the worker, so no codes, no risk level, no narrative of the
crisis: those stay in the case."""

from __future__ import annotations

from reportlab.platypus import Flowable

from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.safety_plan import SECTIONS, SafetyPlan
from station_desk.reports import blocks
from station_desk.reports.blocks import p
from station_desk.reports.data import StationInfo, local_date
from station_desk.reports.docs_records import file_target
from station_desk.reports.document import Document

# What each section asks, in the worker's voice (the Stanley–Brown order).
PROMPTS = {
    "warning_signs": "当我出现这些想法、感受或行为时，说明我需要用这份计划了：",
    "coping": "我自己可以先做这些事，让自己平静下来、转移注意力：",
    "people_places": "我可以联系这些人，或去这些地方，让自己不独处：",
    "professionals": "需要专业帮助时，我可以联系：",
    "means_safety": "为了让身边环境更安全，我会这样做：",
}


def safety_plan_document(station: StationInfo, client: ClientFile, plan: SafetyPlan
                         ) -> Document:
    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title("我的安全计划", station.name)]
        out.append(p(f"{client.name}　　制定日期：{local_date(plan.written_at) or '—'}"
                     f"　　与 {plan.written_by_name or '咨询师'} 一起制定", "body"))
        out.append(p("感觉难以承受时，请从第一步开始，一步一步往下做。", "small"))
        for number, key in enumerate(SECTIONS, start=1):
            out += blocks.heading(f"第{'一二三四五'[number - 1]}步　{SECTIONS[key][0]}", 2)
            out.append(p(PROMPTS[key], "small"))
            text = plan.sections.get(key, "")
            lines = [chunk for chunk in text.split("\n") if chunk.strip()]
            out += [p(chunk, "note") for chunk in lines]
            out.append(blocks.blank_lines(2 if lines else 3, width))
        out += [blocks.spacer(4),
                p("如果有立即的危险，请拨打 110 或 120，或直接去最近的医院急诊。", "body")]
        return out

    return Document("safety_plan", "SAF", "我的安全计划", f"档案编号 {client.file_no}",
                    file_target(client.file_no), station, build,
                    detail={"crisis": plan.crisis_id})
