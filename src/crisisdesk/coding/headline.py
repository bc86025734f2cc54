"""Events reported by an article's headline (issue 4: "code every current event the text
reports").

Extraction keeps the headline in ``Article.title``, outside ``Article.text``; the
annotation stage annotates it as a Doc of its own (``doc._.title_doc``, see
:mod:`crisisdesk.annotate.annotator`). Its mentions are coded by the same rules as the
text's and then:

- kept with ``Evidence.in_title`` set: their evidence, trigger, actor and place offsets
  are into ``Article.title``, and their ``mention_id`` is derived apart from the text's
  (a title sentence and a text sentence at the same offsets never share an id);
- dropped when the text reports the same incident (:func:`same_incident`): a headline
  summarises the lead, so a text mention of the same PLOVER type whose place, actors
  and date do not contradict the headline's is taken as the same incident, and the
  text's mention (with its date, place and toll) is the one kept;
- dated, when the headline gives no time of its own, by the coder like any undated
  incident of the text: the week ending on the publication day, precision ``week``
  (:func:`crisisdesk.coding.placetime.undated_time`; ACLED Codebook 2023, "Time
  precision": 2 when the source bounds the event to about a week).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Doc

from crisisdesk.records import GEO_PRECISION_COUNTRY, EventMention, Place


def headline_mentions(found: list[EventMention], title_doc: Doc,
                      text_mentions: list[EventMention]) -> list[EventMention]:
    """The mentions ``found`` in the headline (coded from ``title_doc``, offsets into
    ``Article.title``) that the text does not repeat, marked as title evidence, with
    fresh ids (the coder has dated those the headline gives no time of its own,
    :func:`crisisdesk.coding.placetime.undated_time`). ``text_mentions`` are the
    mentions of ``Article.text``."""
    own_times = {(t.start, t.end) for t in (getattr(title_doc._, "times", None) or [])}
    kept: list[EventMention] = []
    for mention in found:
        dated = mention.event_date is not None and (mention.event_date, mention.date_end) in own_times
        # a year alone does not tell two incidents apart ("Attack near Kati (1979)" may
        # be an item number; "2025 attack near Kati" covers any day of the year)
        comparable = dated and mention.time_precision in {"day", "week", "month"}
        if any(same_incident(mention, other, comparable) for other in text_mentions):
            continue
        mention.evidence = replace(mention.evidence, in_title=True)
        mention.mention_id = hashlib.sha256(f"title|{mention.mention_id}".encode()).hexdigest()[:32]
        kept.append(mention)
    return kept


def same_incident(headline: EventMention, text: EventMention, headline_dated: bool = False) -> bool:
    """Whether a text mention reports the headline mention's incident: the same PLOVER
    event type; places that agree (:func:`_places_agree`); named sources that share a
    code when both name one; and, when the headline dates its event to a day, week or
    month (``headline_dated``), dates that overlap."""
    if headline.event_type != text.event_type:
        return False
    if not _places_agree(headline.place, text.place):
        return False
    ours = {a.code for a in headline.source_actors if a.code and not a.generic}
    theirs = {a.code for a in text.source_actors if a.code and not a.generic}
    if ours and theirs and not ours & theirs:
        return False
    if headline_dated and headline.event_date and text.event_date and text.date_end and headline.date_end:
        if headline.date_end < text.event_date or text.date_end < headline.event_date:
            return False
    return True


def _places_agree(a: Place | None, b: Place | None) -> bool:
    """Places of one incident: either is unknown or country-level only, or they are the
    same place (GeoNames id or name), or lie in the same admin1 region of one country."""
    if a is None or b is None or a.geo_precision >= GEO_PRECISION_COUNTRY or b.geo_precision >= GEO_PRECISION_COUNTRY:
        return a is None or b is None or not (a.country and b.country and a.country != b.country)
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    if a.name.casefold() == b.name.casefold():
        return True
    return bool(a.admin1 and a.admin1 == b.admin1 and a.country == b.country)
