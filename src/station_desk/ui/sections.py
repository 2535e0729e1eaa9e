"""The main window's sections, as a registry other screens plug into.

A section is a title, an icon, a factory that builds its page for a session, and a rule for
who sees it in the navigation. Seeing a section is convenience only: the page's domain calls
still go through `Session.require`, so a hidden section is not the protection.

To add one, write a module with `register(registry: SectionRegistry) -> None` and list it in
`ui.section_list.SECTION_MODULES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from station_desk.domain.session import Session


def always(_session: Session) -> bool:
    return True


@dataclass(frozen=True)
class Section:
    key: str
    title: Callable[[], str]  # called when shown, so the text is in the running language
    # The navigation draws ui.icons.NAV_ICONS[key] (one icon set, none used twice); this
    # field is what a section that is not listed there shows, a glyph name such as "ph.x".
    icon: str
    factory: Callable[[Session], QWidget]
    visible_for: Callable[[Session], bool] = always
    order: int = 100


@dataclass
class SectionRegistry:
    _sections: dict[str, Section] = field(default_factory=dict)

    def add(self, section: Section) -> None:
        if section.key in self._sections:
            raise ValueError(f"section {section.key!r} registered twice")
        self._sections[section.key] = section

    def get(self, key: str) -> Section:
        return self._sections[key]

    def all(self) -> list[Section]:
        return sorted(self._sections.values(), key=lambda s: (s.order, s.key))

    def visible(self, session: Session) -> list[Section]:
        return [s for s in self.all() if s.visible_for(session)]
