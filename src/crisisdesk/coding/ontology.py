"""Event ontologies: PLOVER 0.8, CAMEO 1.1b3 (with Goldstein and QuadClass), ACLED, CASE 2021.

The tables live in ``crisisdesk/data/ontology/`` as data files written for crisisdesk:

- ``plover.yaml``: the 16 PLOVER 0.8 types, their modes and contexts, old labels
  (source: PLOVER manual draft 0.8, Open Event Data Alliance 2021);
- ``cameo.tsv``: every CAMEO 1.1b3 code with its name, Goldstein weight, QuadClass and
  PLOVER type/mode/contexts (sources: PLOVER's CAMEO->PLOVER 2021 table; GDELT's CAMEO
  code table for Goldstein 1992 weights; rebuilt by ``scripts/build_cameo_table.py``);
- ``acled.yaml``: ACLED's 6 event types and 25 sub-event types with definitions and
  CASE 2021 Task 2 labels, plus CASE's five labels outside ACLED (source: ACLED
  codebook; CASE 2021 Task 2 "Note on EVENT TYPES").

Use :func:`load_ontology` (cached) and the :class:`Ontology` methods; nothing here is
module-level mutable state.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import yaml

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type: ``name``, ``quad_class`` (1-4), ``modes``, ``cameo_roots``."""

    name: str
    quad_class: int
    definition: str
    modes: tuple[str, ...]
    cameo_roots: tuple[str, ...]


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code (2-4 digits) with name, Goldstein weight (-10..10), QuadClass (1-4)
    and its PLOVER type/mode/contexts (type None for the dropped roots 01 and 02)."""

    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_contexts: tuple[str, ...]


@dataclass(frozen=True)
class AcledSubEventType:
    """One ACLED sub-event type with its event type, definition, CASE 2021 label and
    usual PLOVER type."""

    event_type: str
    sub_event_type: str
    definition: str
    case_label: str
    plover_type: str | None


class Ontology:
    """Lookup over the PLOVER, CAMEO, ACLED and CASE 2021 tables.

    Build with :func:`load_ontology`. All lookups are case-insensitive where names are
    involved; unknown codes return None rather than raising.
    """

    def __init__(self, plover: dict, cameo_rows: Iterable[dict[str, str]], acled: dict) -> None:
        self.plover_types: dict[str, PloverType] = {
            name: PloverType(
                name=name,
                quad_class=int(spec["quad_class"]),
                definition=spec["definition"],
                modes=tuple(spec.get("modes") or ()),
                cameo_roots=tuple(spec.get("cameo_roots") or ()),
            )
            for name, spec in plover["types"].items()
        }
        self.old_labels: dict[str, str] = dict(plover.get("old_labels") or {})
        self.contexts: tuple[str, ...] = tuple(plover.get("contexts") or ())
        self.cameo: dict[str, CameoCode] = {}
        for row in cameo_rows:
            self.cameo[row["cameo_code"]] = CameoCode(
                code=row["cameo_code"],
                name=row["name"],
                goldstein=float(row["goldstein"]) if row["goldstein"] else None,
                quad_class=int(row["quad_class"]),
                plover_type=row["plover_type"] or None,
                plover_mode=(row["plover_mode"] or "").strip() or None,
                plover_contexts=tuple(c for c in (row["plover_contexts"] or "").split(";") if c),
            )
        self.acled_event_types: dict[str, str] = {}
        self.acled_sub_event_types: dict[str, AcledSubEventType] = {}
        for etype, spec in acled["event_types"].items():
            self.acled_event_types[etype] = spec["definition"]
            for sub, sspec in spec["sub_event_types"].items():
                self.acled_sub_event_types[sub] = AcledSubEventType(
                    event_type=etype,
                    sub_event_type=sub,
                    definition=sspec["definition"],
                    case_label=sspec["case"],
                    plover_type=sspec.get("plover"),
                )
        self.case_extra: dict[str, dict] = dict(acled.get("case_extra") or {})

    # --- PLOVER -------------------------------------------------------------------
    def plover_type(self, label: str) -> str | None:
        """Current PLOVER type for ``label`` (current or old label, any case), else None.

        Old labels: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT,
        INVESTIGATE->ACCUSE (PLOVER 0.8)."""
        upper = label.strip().upper()
        if upper in self.plover_types:
            return upper
        return self.old_labels.get(upper)

    # --- CAMEO --------------------------------------------------------------------
    def cameo_code(self, code: str | None) -> CameoCode | None:
        """The CAMEO entry for ``code``, falling back to the nearest parent (4->3->2 digits)."""
        while code:
            if code in self.cameo:
                return self.cameo[code]
            code = code[:-1] if len(code) > 2 else None
        return None

    def goldstein(self, code: str | None) -> float | None:
        """Goldstein (1992) weight, -10 (most conflictual) .. +10, for a CAMEO code."""
        entry = self.cameo_code(code)
        return entry.goldstein if entry else None

    def quad_class(self, code: str | None) -> int | None:
        """GDELT QuadClass of a CAMEO code: 1 verbal cooperation, 2 material cooperation,
        3 verbal conflict, 4 material conflict."""
        entry = self.cameo_code(code)
        return entry.quad_class if entry else None

    def default_cameo(self, plover_type: str, mode: str | None = None) -> str | None:
        """The most general CAMEO code for a PLOVER type (and mode, when one matches).

        The shortest code wins; among equals a root's own unspecified code (CAMEO 1.1b3
        "X0": 170 "Coerce, not specified below") before a specific sibling, so a COERCE
        with no mode is 170, not 163 "Impose embargo" (which sorts first)."""
        candidates = [c for c in self.cameo.values() if c.plover_type == plover_type and len(c.code) >= 3]
        if mode:
            with_mode = [c for c in candidates if c.plover_mode == mode]
            if with_mode:
                candidates = with_mode
        if not candidates:
            return None
        return min(candidates, key=lambda c: (len(c.code), not c.code.endswith("0"), c.code)).code

    # --- ACLED / CASE -------------------------------------------------------------
    def acled_event_type_of(self, sub_event_type: str) -> str | None:
        """ACLED event type of a sub-event type (exact name, case-insensitive)."""
        entry = self._sub(sub_event_type)
        return entry.event_type if entry else None

    def case_label(self, sub_event_type: str | None) -> str | None:
        """CASE 2021 Task 2 label (``ARMED_CLASH``...) of an ACLED sub-event type."""
        entry = self._sub(sub_event_type) if sub_event_type else None
        return entry.case_label if entry else None

    def case_label_for(self, plover_type: str | None, contexts: Iterable[str] = (),
                       acled_sub_event_type: str | None = None) -> str | None:
        """CASE 2021 label for a coded event: ``ORG_CRIME`` for a COERCE act (an arrest,
        a seizure, a network dismantled) in the ``crime`` context (organised crime named,
        :mod:`crisisdesk.coding.crime`: policing of organised crime is no conflict
        event, whatever ACLED sub-type its words suggest); else the ACLED sub-event
        type's label when there is one; else DIPLO/ATTRIB/ORG_CRIME/NATURAL_DISASTER
        from type and contexts."""
        contexts = set(contexts)
        if "crime" in contexts and plover_type == "COERCE":
            return "ORG_CRIME"
        label = self.case_label(acled_sub_event_type)
        if label:
            return label
        if "disaster" in contexts:
            return "NATURAL_DISASTER"
        if "crime" in contexts and plover_type in {"ASSAULT", "COERCE"}:
            return "ORG_CRIME"
        if plover_type == "ACCUSE":
            return "ATTRIB"
        if plover_type in set(self.case_extra["DIPLO"]["plover"]):
            return "DIPLO"
        return None

    def sub_event_from_case(self, case_label: str) -> AcledSubEventType | None:
        """ACLED sub-event type for a CASE 2021 label, None for the non-ACLED labels."""
        for entry in self.acled_sub_event_types.values():
            if entry.case_label == case_label.upper():
                return entry
        return None

    def _sub(self, name: str) -> AcledSubEventType | None:
        wanted = name.strip().lower().replace("protestors", "protesters")
        for key, entry in self.acled_sub_event_types.items():
            if key.lower() == wanted:
                return entry
        return None

    # --- any vocabulary -----------------------------------------------------------
    def resolve_type_query(self, query: str) -> dict[str, str]:
        """Interpret a type filter in any vocabulary.

        Returns one of ``{"event_type": PLOVER}``, ``{"cameo_prefix": "19"}``,
        ``{"acled_event_type": ...}``, ``{"acled_sub_event_type": ...}``; raises
        ``ValueError`` naming the vocabularies when nothing matches, and for digits that
        start no code of the CAMEO table (``"999"``: CAMEO codes run from the two-digit
        roots 01-20 to four digits, CAMEO 1.1b3 codebook; checked here, not by each
        caller, since session 16)."""
        q = query.strip()
        if q.isdigit():
            if not any(code.startswith(q) for code in self.cameo):
                raise ValueError(f"no CAMEO code starts with {q!r}: CAMEO codes run from the roots 01-20 to "
                                 "four digits (e.g. 19 or 193)")
            return {"cameo_prefix": q}
        plover = self.plover_type(q)
        if plover:
            return {"event_type": plover}
        for etype in self.acled_event_types:
            if etype.lower() == q.lower():
                return {"acled_event_type": etype}
        sub = self._sub(q) or self.sub_event_from_case(q)
        if sub:
            return {"acled_sub_event_type": sub.sub_event_type}
        raise ValueError(
            f"unknown event type {query!r}: give a PLOVER type (e.g. ASSAULT), a CAMEO code "
            "(e.g. 19 or 193), an ACLED event_type or sub_event_type, or a CASE 2021 label"
        )


def _data_text(name: str) -> str:
    return resources.files("crisisdesk.data").joinpath("ontology", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Load (once per process) the packaged ontology tables into an :class:`Ontology`."""
    plover = yaml.safe_load(_data_text("plover.yaml"))
    acled = yaml.safe_load(_data_text("acled.yaml"))
    rows = list(csv.DictReader(_data_text("cameo.tsv").splitlines(), delimiter="\t"))
    return Ontology(plover, rows, acled)
