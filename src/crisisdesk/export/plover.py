"""PLOVER JSON export: a JSON array of event records with PLOVER's field names.

Field names and shapes follow the PLOVER gold standard records
(``PLOVER_GSR_CAMEO`` in the openeventdata/PLOVER repository, readme
``PLOVER_GSR_CAMEO_readme.tex``): ``id``, ``date``, ``event``, ``mode``, ``context``,
``source`` and ``target`` (lists of ``{"actorText", "code", "sector"}``; PLOVER
allows compound actors), ``eventText`` (the trigger words), ``text`` (the evidence
sentence), ``eventLoc`` (``name``, ``country code`` — ISO 3166-1 alpha-2 as in the GSR
— plus ``lat``, ``lon``, ``geonamesID``), ``dead``, ``injured``, ``language``,
``publication``. For consolidated events ``context`` comes from the representative mention. Only non-null fields are written, as in the GSR. ``context`` is a
comma-joined string as in the GSR.

PLOVER-compliant extensions (PLOVER allows them) under ``crisisdesk``: ``status``,
``claimedBy``, ``timePrecision``, ``dateEnd`` (the last day of a week, month or
range whose first day is ``date``), ``geoPrecision``, ``placeAnchor`` (the text tying an
unknown toponym to the known place standing for it), ``placeInferred`` (country or
region inferred from the article, not stated), ``cameoCode``, ``quadClass``,
``goldstein``, ``acledEventType``, ``acledSubEventType``, ``url``, ``numArticles``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

import pycountry

from crisisdesk.store.queries import EventView, actor_name


def _actor(actor: Any) -> dict[str, Any]:
    """PLOVER ``{"actorText", "code", "sector"}`` of a stored actor. ``actorText`` is the
    actor as the story words it, as in the PLOVER gold standard records ("Turkish",
    "Malian troops"): the text of the actor's span when stored, else its name (a
    consolidated actor's name may be a label built from its code, "France GOV")."""
    if not isinstance(actor, dict):
        return {"actorText": str(actor)}
    span = actor.get("span") if isinstance(actor.get("span"), dict) else {}
    text = " ".join(str(span.get("text") or "").split()) or actor_name(actor)
    out = {"actorText": text, "code": actor.get("code"), "sector": actor.get("sector")}
    return {k: v for k, v in out.items() if v}


def _alpha2(alpha3: str | None) -> str | None:
    country = pycountry.countries.get(alpha_3=alpha3.upper()) if alpha3 else None
    return country.alpha_2 if country else None


def _count(low: int | None, high: int | None) -> Any:
    if low is None and high is None:
        return None
    if low == high or high is None:
        return low
    if low is None:
        return high
    return {"min": low, "max": high}


def plover_record(event: EventView) -> dict[str, Any]:
    """The PLOVER JSON record for one event (non-null fields only)."""
    location = None
    if event.place_name or event.country:
        location = {
            "name": event.place_name, "country code": _alpha2(event.country),
            "lat": event.lat, "lon": event.lon, "geonamesID": event.geonames_id,
            "admin1": event.admin1,
        }
        location = {k: v for k, v in location.items() if v is not None}
    record = {
        "id": event.event_id,
        "date": event.event_date.isoformat() if event.event_date else None,
        "event": event.event_type,
        "mode": event.mode,
        "context": ",".join(event.contexts) or None,
        "source": [_actor(a) for a in event.source_actors] or None,
        "target": [_actor(a) for a in event.target_actors] or None,
        "eventText": event.trigger_text,
        "text": event.evidence,
        "eventLoc": location,
        "dead": _count(event.fatalities_min, event.fatalities_max),
        "injured": _count(event.injured_min, event.injured_max),
        "language": None,
        "publication": event.article_site,
        "crisisdesk": {
            k: v for k, v in {
                "status": event.status, "claimedBy": event.claimed_by,
                "timePrecision": event.time_precision,
                "dateEnd": event.date_end.isoformat() if event.date_end else None,  # "date" is the first day
                "geoPrecision": event.geo_precision,
                "placeAnchor": event.place_anchor, "placeInferred": event.place_inferred,
                "cameoCode": event.cameo_code, "quadClass": event.quad_class,
                "goldstein": event.goldstein, "acledEventType": event.acled_event_type,
                "acledSubEventType": event.acled_sub_event_type, "url": event.article_url,
                "numArticles": event.num_articles,
            }.items() if v is not None
        },
    }
    return {k: v for k, v in record.items() if v is not None}


def write_plover(events: Iterable[EventView], out: TextIO) -> int:
    """Write a JSON array, one record per line, streamed; returns the record count."""
    out.write("[\n")
    n = 0
    for event in events:
        if n:
            out.write(",\n")
        out.write(json.dumps(plover_record(event), ensure_ascii=False))
        n += 1
    out.write("\n]\n")
    return n
