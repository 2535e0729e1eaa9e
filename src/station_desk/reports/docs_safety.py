"""The safety plan printed for the worker to keep (我的安全计划): their own words in the five
sections, with space to add more by hand, and the station's and the hotline's numbers they
wrote down. Written to be read by the worker, so no codes, no risk level, no narrative of the
crisis: those stay in the case."""

from __future__ import annotations

from reportlab.platypus import Flowable

from station_desk.domain.records.files import ClientFile
from station_desk.domain.records.safety_plan import SECTIONS, SafetyPlan
from station_desk.i18n import N_
from station_desk.reports import blocks
from station_desk.reports.blocks import p
from station_desk.reports.data import StationInfo, local_date
from station_desk.reports.docs_records import file_target
from station_desk.reports.document import Document

# What each section asks, in the worker's voice (the Stanley–Brown order).
# The plan is printed in Chinese, the worker's language.
TITLE = N_("reports.safety", "My safety plan")
FILE_NUMBER = N_("reports", "File {file_no}")
STEPS = (N_("reports.safety", "Step 1  {section}"), N_("reports.safety", "Step 2  {section}"),
         N_("reports.safety", "Step 3  {section}"), N_("reports.safety", "Step 4  {section}"),
         N_("reports.safety", "Step 5  {section}"))
PROMPTS = {
    "warning_signs": N_("reports.safety", "When I notice these thoughts, feelings or "
                                          "behaviours, it is time to use this plan:"),
    "coping": N_("reports.safety", "Things I can do on my own to calm down and take my mind "
                                   "off it:"),
    "people_places": N_("reports.safety", "People I can contact, or places I can go, so I am "
                                          "not alone:"),
    "professionals": N_("reports.safety", "When I need professional help, I can contact:"),
    "means_safety": N_("reports.safety", "To make my surroundings safer, I will:"),
}


def safety_plan_document(station: StationInfo, client: ClientFile, plan: SafetyPlan
                         ) -> Document:
    def build(width: float) -> list[Flowable]:
        out: list[Flowable] = [*blocks.title(TITLE.text("zh"), station.name)]
        written = N_("reports.safety", "{name}    Written on {date}    with {counsellor}")
        out.append(p(written.format(
            name=client.name, date=local_date(plan.written_at) or "—",
            counsellor=plan.written_by_name or N_("reports.safety", "the counsellor").text("zh"),
        ).text("zh"), "body"))
        out.append(p(N_("reports.safety", "When it feels too much, start at step 1 and go on "
                                          "step by step.").text("zh"), "small"))
        for number, key in enumerate(SECTIONS, start=1):
            out += blocks.heading(STEPS[number - 1].format(section=SECTIONS[key]).text("zh"), 2)
            out.append(p(PROMPTS[key].text("zh"), "small"))
            text = plan.sections.get(key, "")
            lines = [chunk for chunk in text.split("\n") if chunk.strip()]
            out += [p(chunk, "note") for chunk in lines]
            out.append(blocks.blank_lines(2 if lines else 3, width))
        out += [blocks.spacer(4),
                p(N_("reports.safety", "If you are in danger right now, call 110 or 120, or go "
                                       "straight to the nearest hospital emergency "
                                       "department.").text("zh"), "body")]
        return out

    return Document("safety_plan", "SAF", TITLE.text("zh"),
                    FILE_NUMBER.format(file_no=client.file_no).text("zh"),
                    file_target(client.file_no), station, build,
                    detail={"crisis": plan.crisis_id})
