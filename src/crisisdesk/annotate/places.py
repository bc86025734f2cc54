"""Toponym recognition and resolution (geocoding) to GeoNames places.

Candidates: the GPE/LOC/FAC entities of the pipeline (whose gazetteer EntityRuler runs
before the statistical NER, see :mod:`crisisdesk.annotate.nlp`), capitalised names after
a place cue ("the village of X", "between X and Y", "near X") that the gazetteer knows,
and coordinates written in the text ("14.55455, -9.98426", also across a line break).

Resolution, in order: coordinates -> precision-1 point; a country name -> country
(precision 4, no town); a named region ("the Sahel") or an admin1 name followed by
"region" -> precision 3 without a town point; otherwise gazetteer towns scored by the
article's country focus, admin1 names next to the mention ("in the Koulikoro region",
"(Bandiagara, Mopti)"), distance to the article's other places and population. A town
outside the article's focus countries is refused unless it is a capital or a city of 500,000+,
so an unknown village is left unresolved rather than put in the wrong country.
Geo precision follows ACLED's codebook (1 town/point, 2 near a town, 3 region, 4 country).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from crisisdesk.annotate.gazetteer import Admin1, Gazetteer, GazetteerEntry, capital_names, haversine_km
from crisisdesk.records import (
    GEO_PRECISION_COUNTRY,
    GEO_PRECISION_NEAR,
    GEO_PRECISION_POINT,
    GEO_PRECISION_REGION,
    ActorRef,
    Place,
    Span,
)

PLACE_LABELS = ("GPE", "LOC", "FAC")
#: Words after a name that make it an administrative region ("Mopti region").
REGION_WORDS = frozenset({"region", "regions", "province", "district", "state", "governorate", "prefecture"})
#: Words before a name that place the event near, not at, it ("near Sikasso").
NEAR_WORDS = frozenset({"near", "outside", "around", "nearby", "close", "north", "south", "east", "west",
                        "northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers", "miles"})
#: Words that introduce a place name ("the village of X").
PLACE_CUES = frozenset({"in", "at", "near", "of", "between", "and", "from", "to", "outside", "around",
                        "toward", "towards", "via", "inside"})
CUE_NOUNS = frozenset({"village", "villages", "town", "towns", "city", "cities", "locality", "localities",
                       "commune", "communes", "hamlet", "camp", "area", "cercle", "municipality"})
LARGE_CITY = 500_000

_COORD = re.compile(r"(?<![\w.@=/;,-])(?P<lat>-?\d{1,2}\.\d{3,})\s*,\s*(?P<lon>-?\d{1,3}\.\d{3,})(?!\d|\.\d)")  # a sentence-final period ends the pair


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    sent_start: int
    sent_end: int
    near: bool
    region_word: bool
    cued: bool
    named_by_noun: bool = False


def url_ranges(text: str) -> list[tuple[int, int]]:
    """Char ranges of URLs and markdown link targets, where no place or date is read."""
    return [m.span() for m in re.finditer(r"\]\([^)\s]*\)|https?://\S+|www\.\S+", text)]


def in_ranges(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start < e or s < end <= e for s, e in ranges)


class PlaceResolver:
    """Finds and resolves the places of a parsed ``Doc``."""

    def __init__(self, gazetteer: Gazetteer, operates_in: dict[str, tuple[str, ...]] | None = None,
                 default_focus: tuple[str, ...] = ()):
        """``operates_in`` maps an actor id to the alpha-3 codes where it is active
        (from the actor dictionary), used for the article's country focus;
        ``default_focus`` (alpha-3 codes, ``CRISISDESK_FOCUS_COUNTRIES``) is the focus of
        an article that names no country and no actor tied to one."""
        self.gazetteer = gazetteer
        self.operates_in = operates_in or {}
        self.default_focus = list(default_focus)

    # -- recognition ---------------------------------------------------------------------

    def coordinates(self, text: str, skip: list[tuple[int, int]], focus: list[str] = ()) -> list[Place]:
        """Decimal-degree pairs "lat, lon" in the text as precision-1 points; country and
        admin1 from the nearest gazetteer place within 150 km (in a focus country first)."""
        out = []
        for m in _COORD.finditer(text):
            if in_ranges(skip, m.start(), m.end()):
                continue
            lat, lon = float(m["lat"]), float(m["lon"])
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                continue
            out.append(self._point(lat, lon, m, focus))
        return out

    def _point(self, lat: float, lon: float, m: re.Match, focus: list[str]) -> Place:
        near = (self.gazetteer.nearest(lat, lon, countries=focus, max_km=150) if focus else None) \
            or self.gazetteer.nearest(lat, lon, max_km=150)
        country = admin1 = admin1_code = admin1_iso = None
        if near is not None:
            entry = near[0]
            country = entry.country
            a1 = self.gazetteer.admin1_by_code.get(entry.admin1_code or "")
            admin1_code = entry.admin1_code
            if a1:
                admin1, admin1_iso = a1.name, a1.iso
        text = m.group(0)
        return Place(name=f"{lat}, {lon}", geo_precision=GEO_PRECISION_POINT, country=country,
                     feature_code="POINT", admin1=admin1, admin1_code=admin1_code, admin1_iso=admin1_iso,
                     lat=lat, lon=lon, span=Span(m.start(), m.end(), text))

    def mentions(self, doc: Doc, skip: list[tuple[int, int]]) -> list[_Mention]:
        found: dict[tuple[int, int], _Mention] = {}
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS and not in_ranges(skip, ent.start_char, ent.end_char):
                span = _strip_article(ent)
                if span is not None and len(span):
                    found[(span.start_char, span.end_char)] = self._mention(span)
        for span in self._cued_names(doc):
            if in_ranges(skip, span.start_char, span.end_char):
                continue
            if any(s < span.end_char and span.start_char < e for s, e in found):
                continue
            mention = self._mention(span)
            mention.cued = True
            prev = doc[span.start - 1].lower_ if span.start else ""
            mention.named_by_noun = prev in CUE_NOUNS or (
                prev == "of" and span.start >= 2 and doc[span.start - 2].lower_ in CUE_NOUNS)
            found[(span.start_char, span.end_char)] = mention
        return sorted(found.values(), key=lambda m: m.start)

    def _mention(self, span: SpacySpan) -> _Mention:
        doc = span.doc
        prev = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
        nxt = doc[span.end].lower_ if span.end < len(doc) else ""
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        region_of = len(prev) >= 2 and prev[-1] == "of" and prev[-2] in REGION_WORDS
        return _Mention(span.start_char, span.end_char, span.text, sent.start_char, sent.end_char,
                        near=bool(NEAR_WORDS.intersection(prev)), region_word=nxt in REGION_WORDS or region_of,
                        cued=False)

    def _cued_names(self, doc: Doc):
        """Capitalised token runs after a place cue ("attacked the village of Bargou",
        "between Neguela and Soribougou", "near Yoro"): kept when the gazetteer knows
        the name, or when a noun such as "village of" says it is a place. A run the
        model tagged PERSON or ORG is taken only on such a noun or when the name is a
        gazetteer town of the ruler countries."""
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if tok.is_title and not tok.is_sent_start and tok.ent_type_ not in ("NORP", "DATE", "TIME", "GPE", "LOC", "FAC"):
                prev = doc[i - 1].lower_ if i > 0 else ""
                if prev in PLACE_CUES or prev in CUE_NOUNS:
                    named_by_noun = prev in CUE_NOUNS or (prev == "of" and i >= 2 and doc[i - 2].lower_ in CUE_NOUNS)
                    j = i + 1
                    while j < n and j - i < 4 and (doc[j].is_title or doc[j].text == "-") and doc[j].ent_type_ not in ("DATE", "NORP"):
                        j += 1
                    while j > i:
                        span = doc[i:j]
                        if span[-1].text != "-" and self._cue_accepts(span, named_by_noun):
                            yield span
                            break
                        j -= 1
                    i = max(j, i + 1)
                    continue
            i += 1

    def _cue_accepts(self, span: SpacySpan, named_by_noun: bool) -> bool:
        if named_by_noun:
            return True
        towns = self.gazetteer.towns(span.text)
        if not towns:
            return False
        if span[0].ent_type_ in ("PERSON", "ORG"):
            return any(t.country in self.gazetteer.ruler_countries for t in towns)
        return True

    # -- resolution ----------------------------------------------------------------------

    def resolve(self, doc: Doc, actors: list[ActorRef], skip: list[tuple[int, int]]) -> list[Place]:
        """All places of ``doc``: coordinates and resolved toponyms, in text order."""
        text = doc.text
        points = self.coordinates(text, skip, self._focus(self.mentions(doc, skip), actors))
        # a capital acting as its government ("Paris said", "Moscow-linked") is no place
        capitals = capital_names()
        metonyms = [(a.span.start, a.span.end) for a in actors
                    if a.span and a.country and a.actor_id is None
                    and any(a.span.text.startswith(c) for c, a3 in capitals.items() if a3 == a.country)]
        mentions = [m for m in self.mentions(doc, skip)
                    if not any(p.span.start < m.end and m.start < p.span.end for p in points)
                    and not (capitals.get(m.text) and any(s <= m.start and m.end <= e for s, e in metonyms))]
        focus = self._focus(mentions, actors)
        admin_cues = self._admin_cues(mentions, focus)
        places: list[Place] = list(points)
        pending: list[tuple[_Mention, list[GazetteerEntry]]] = []
        for m in mentions:
            fixed = self._non_town(m, focus)
            if fixed is not None:
                places.append(fixed)
                continue
            pending.append((m, self._candidates(m, focus)))
        anchors = [(p.lat, p.lon) for p in points]
        # unambiguous towns first, so they anchor the distance score of the others
        for m, cands in pending:
            if len(cands) == 1:
                anchors.append((cands[0].lat, cands[0].lon))
        for m, cands in pending:
            best = self._best(m, cands, focus, admin_cues, anchors)
            if best is None and m.cued and not m.named_by_noun:
                continue  # a capitalised word after a cue, known only elsewhere: not a place here
            places.append(self._town_place(m, best, focus, admin_cues))
        places.sort(key=lambda p: p.span.start if p.span else 0)
        return places

    def _focus(self, mentions: list[_Mention], actors: list[ActorRef]) -> list[str]:
        """Countries the article is about: country names, admin1 and unambiguous town
        mentions count 1, actors' countries 0.5 (home) or 0.25 (where they operate).
        Returns the countries with at least half the top score."""
        score: Counter[str] = Counter()
        for m in mentions:
            country = self.gazetteer.country(m.text)
            if country:
                score[country.alpha3] += 1
                continue
            a1 = self.gazetteer.admin1(m.text)
            if len({a.country for a in a1}) == 1:
                score[a1[0].country] += 1
                continue
            towns = self.gazetteer.towns(m.text)
            if towns and len({t.country for t in towns}) == 1 and towns[0].population >= 15_000:
                score[towns[0].country] += 0.5
        for ref in actors:
            if ref.country:
                score[ref.country] += 0.5
            elif ref.actor_id:
                for c in self.operates_in.get(ref.actor_id, ()):
                    score[c] += 0.25
        if not score:
            return list(self.default_focus)
        top = max(score.values())
        focus = [c for c, v in score.most_common() if v >= top / 2]
        preferred = [c for c in focus if c in self.default_focus]
        return preferred or focus

    def _admin_cues(self, mentions: list[_Mention], focus: list[str]) -> list[tuple[int, Admin1]]:
        cues = []
        for m in mentions:
            for a in self.gazetteer.admin1(m.text):
                if not focus or a.country in focus:
                    cues.append((m.start, a))
        return cues

    def _non_town(self, m: _Mention, focus: list[str]) -> Place | None:
        span = Span(m.start, m.end, m.text)
        country = self.gazetteer.country(m.text)
        if country is not None:
            return Place(name=country.name, geo_precision=GEO_PRECISION_COUNTRY, country=country.alpha3,
                         geonames_id=country.geonames_id, feature_code="PCLI", span=span)
        region = self.gazetteer.region(m.text)
        if region is not None:
            return Place(name=region.name, geo_precision=GEO_PRECISION_REGION,
                         country=region.countries[0] if len(region.countries) == 1 else None,
                         feature_code="RGN", span=span)
        admins = self.gazetteer.admin1(m.text)
        if focus and not m.region_word:
            admins = [a for a in admins if a.country in focus]
        elif focus:
            admins = [a for a in admins if a.country in focus] or admins
        if admins and (m.region_word or not any(t for t in self._candidates(m, focus))):
            a = admins[0]
            point = self.gazetteer.admin1_point(a)
            return Place(name=a.name, geo_precision=GEO_PRECISION_REGION, country=a.country,
                         feature_code="ADM1", admin1=a.name, admin1_code=a.geonames_code,
                         admin1_iso=a.iso, lat=point[0] if point else None,
                         lon=point[1] if point else None, span=span)
        return None

    def _candidates(self, m: _Mention, focus: list[str]) -> list[GazetteerEntry]:
        cands = self.gazetteer.towns(m.text)
        if not cands:
            return []
        if focus:
            inside = [c for c in cands if c.country in focus]
            if inside:
                return inside
            return [c for c in cands if c.population >= LARGE_CITY or c.feature_code == "PPLC"]
        return cands

    def _best(self, m: _Mention, cands: list[GazetteerEntry], focus: list[str],
              admin_cues: list[tuple[int, Admin1]], anchors: list[tuple[float, float]]) -> GazetteerEntry | None:
        if not cands:
            return None
        near_admin = {a.geonames_code for pos, a in admin_cues
                      if m.sent_start <= pos < m.sent_end or abs(pos - m.start) < 120}

        def score(c: GazetteerEntry) -> float:
            s = math.log10(c.population + 10) / 2
            if c.country in focus:
                s += 10
            if c.admin1_code and c.admin1_code in near_admin:
                s += 8
            others = [a for a in anchors if (a[0], a[1]) != (c.lat, c.lon)]
            if others:
                d = min(haversine_km(c.lat, c.lon, a[0], a[1]) for a in others)
                s += 4 * math.exp(-d / 250)
            if c.feature_code in ("PPLC", "PPLA"):
                s += 1
            return s

        return max(cands, key=score)

    def _town_place(self, m: _Mention, best: GazetteerEntry | None, focus: list[str],
                    admin_cues: list[tuple[int, Admin1]] = ()) -> Place:
        span = Span(m.start, m.end, m.text)
        if best is None:
            # Unresolved toponym: the admin1 named next to it ("X (Mopti)", "X in the
            # Mopti region") makes it a place somewhere in that region (precision 3, no
            # point); else country level when the article has one focus country.
            near = [a for pos, a in admin_cues if pos != m.start
                    and (m.sent_start <= pos < m.sent_end or abs(pos - m.start) < 120)]
            if len({a.iso for a in near}) == 1:
                a = near[0]
                return Place(name=m.text, geo_precision=GEO_PRECISION_REGION, country=a.country,
                             admin1=a.name, admin1_code=a.geonames_code, admin1_iso=a.iso, span=span)
            country = focus[0] if len(focus) == 1 else None
            return Place(name=m.text, geo_precision=GEO_PRECISION_COUNTRY, country=country, span=span)
        a1 = self.gazetteer.admin1_by_code.get(best.admin1_code or "")
        return Place(name=best.name, geo_precision=GEO_PRECISION_NEAR if m.near else GEO_PRECISION_POINT,
                     country=best.country, geonames_id=best.geonames_id, feature_code=best.feature_code,
                     admin1=a1.name if a1 else None, admin1_code=best.admin1_code,
                     admin1_iso=a1.iso if a1 else None, lat=best.lat, lon=best.lon, span=span)


def _strip_article(ent: SpacySpan) -> SpacySpan | None:
    start = ent.start
    while start < ent.end and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    end = ent.end
    while end > start and ent.doc[end - 1].is_punct:
        end -= 1
    return ent.doc[start:end] if end > start else None
