"""Helpers for the annotation tests (not a test module)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone

from crisisdesk.records import Article


def make_article(text: str, published: date | None = None, language: str | None = "en") -> Article:
    """An Article over ``text`` published at midnight UTC of ``published``."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    when = datetime(published.year, published.month, published.day, tzinfo=timezone.utc) if published else None
    return Article(article_id=digest[:16], text=text, fetched_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
                   source_uri="test", content_hash=digest, published_at=when,
                   published_precision="day" if when else None, language=language)


def code_text(annotator, text: str, published: date) -> list:  # noqa: ANN001 - Annotator -> list[EventMention]
    """The event mentions the coder finds in ``text`` (an English article published on
    ``published``), annotated by ``annotator`` (the session's real pipeline annotator)."""
    from crisisdesk.coding.coder import code_events

    article = make_article(text, published, language="en")
    return code_events(annotator.annotate(article), article)


def first_of_type(annotator, text: str, published: date, event_type: str):  # noqa: ANN001, ANN201
    """The first mention of PLOVER ``event_type`` that :func:`code_text` finds in ``text``;
    the test fails, listing what was coded (type and trigger), when there is none."""
    mentions = code_text(annotator, text, published)
    found = [m for m in mentions if m.event_type == event_type]
    assert found, [(m.event_type, m.evidence.trigger.text) for m in mentions]
    return found[0]


def acled_picked_mention(annotator, text: str, published: date):  # noqa: ANN001, ANN201
    """The mention ``crisisdesk.evaluation.acled.pick_mention`` takes as the ACLED event of
    ``text`` (an English note published on ``published``); the test fails, naming the text,
    when nothing is coded or no mention has an ACLED type."""
    from crisisdesk.evaluation import acled

    mentions = code_text(annotator, text, published)
    assert mentions, f"no event coded: {text}"
    picked = acled.pick_mention(mentions)
    assert picked is not None, f"no ACLED-typed event: {text}"
    return picked


def actor_codes(actors) -> list[str | None]:  # noqa: ANN001 - list[ActorRef]
    """The CAMEO-style codes of ``actors`` (None for an actor with no code), in order."""
    return [a.code for a in actors]


def rule_acled_types(sentence: str, sources: list, targets: list, event_type: str = "ASSAULT",
                     mode: str | None = None, hint: str | None = None, killed: int = 0, whose: str | None = None,
                     injured=None) -> tuple[str | None, str | None]:  # noqa: ANN001 - injured: Count | None
    """(ACLED event_type, sub_event_type) the typing rules (:func:`crisisdesk.coding.acled.acled_types`)
    give one sentence with these sources and targets (lists of ActorRef), a PLOVER
    ``event_type``, ``mode`` and lexicon ``hint``; ``killed``: a toll of exactly that many
    (``whose`` its victims), ``injured``: the injured Count or None."""
    from crisisdesk.coding.acled import acled_types
    from crisisdesk.coding.ontology import load_ontology
    from crisisdesk.coding.roles import is_armed
    from crisisdesk.records import Count

    fatalities = Count(killed, killed, whose) if killed else None
    return acled_types(load_ontology(), event_type, mode, hint, sources, targets, sentence, fatalities, is_armed,
                       injured)


def mention_rule_types(mention) -> tuple[str | None, str | None]:  # noqa: ANN001 - EventMention
    """The rule coder's ACLED (event_type, sub_event_type) of a mention, before any
    classifier blend (``acled_rule_types``, else its final types when no blend ran)."""
    return mention.acled_rule_types or (mention.acled_event_type, mention.acled_sub_event_type)
