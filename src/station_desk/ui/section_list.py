"""The app's sections, in one list: each module registers its own (`register(registry)`)."""

from __future__ import annotations

from station_desk.ui import builtin_sections
from station_desk.ui.assess import section as assess_section
from station_desk.ui.export import section as export_section
from station_desk.ui.printing import section as printing_section
from station_desk.ui.records import section as records_section
from station_desk.ui.sections import SectionRegistry
from station_desk.ui.tier import section as tier_section

SECTION_MODULES = (builtin_sections, records_section, assess_section, printing_section,
                   export_section, tier_section)


def default_registry() -> SectionRegistry:
    registry = SectionRegistry()
    for module in SECTION_MODULES:
        module.register(registry)
    return registry
