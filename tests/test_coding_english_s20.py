"""English precision leftovers of session 20, fixed by general rules. Every sentence was
written for these tests (real spaCy model and annotation stage, the session
``annotator`` fixture); each rule has a near sentence where it must not fire.

- "The death toll rose to N" is the attack's new total, not N more dead; "N soldiers
  lost their lives" counts N killed.
- A "when" clause on "since YEAR" ("the worst attack since 2019, when jihadists killed
  50 people") keeps its own toll: the current incident's is its own.
- "In 2013, French troops drove the jihadists out of Gao" is historical.
- A denial of reports of an attack is no attack: the attack is not asserted.
- A donor's announcement of its aid is the aid given: asserted, not claimed; a donor's
  report of a delivery stays its claim.
- Page chrome: bullet lines under "Related Posts" and "Also read: <headline>" lines are
  dropped by the cleaner.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text

PUBLISHED = date(2026, 3, 13)  # a Friday

TOLL_ROSE = ("Gunmen stormed a market in Bankass on Wednesday, killing four traders. "
             "The death toll rose to 11.")
SINCE_WHEN = ("Gunmen killed seven villagers near Ansongo on Tuesday, the deadliest attack there since 2017, "
              "when jihadists killed 40 people.")
YEAR_FIRST = "In 2013, French troops drove the jihadists out of Gao."
DENIED_REPORTS = "The ministry denies reports that a health centre in Kandi was attacked on Sunday."
AID_ANNOUNCED = "Japan announced 3 million dollars in emergency aid for flood victims in Maradi on Tuesday."
AID_SAID_SENT = "Japan said it had delivered 40 tonnes of food aid to Maradi on Tuesday."
SENTENCES = (TOLL_ROSE, SINCE_WHEN, YEAR_FIRST, DENIED_REPORTS,
             AID_ANNOUNCED, AID_SAID_SENT)


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001, ANN201
    """Every text of this module coded once (one article each): text -> mentions."""
    return {text: code_text(annotator, text, PUBLISHED) for text in SENTENCES}


def _assaults(mentions) -> list:  # noqa: ANN001
    return [m for m in mentions if m.event_type == "ASSAULT"]


def test_revised_toll_is_the_new_total(coded):  # noqa: ANN001
    attack = _assaults(coded[TOLL_ROSE])[0]
    assert attack.fatalities.min == 11  # "The death toll rose to 11": the new total, not 4 + 11


def test_since_when_clause_keeps_its_own_toll(coded):  # noqa: ANN001
    current = [m for m in _assaults(coded[SINCE_WHEN]) if m.status == "asserted"]
    past = [m for m in _assaults(coded[SINCE_WHEN]) if m.status == "historical"]
    assert len(current) == 1 and current[0].fatalities.min == current[0].fatalities.max == 7
    assert past and past[0].fatalities is not None and past[0].fatalities.min == 40


def test_year_first_expulsion_is_historical(coded):  # noqa: ANN001
    mentions = coded[YEAR_FIRST]
    assert mentions and all(m.status == "historical" for m in mentions)


def test_denied_attack_is_not_asserted(coded):  # noqa: ANN001
    mentions = coded[DENIED_REPORTS]
    assert not [m for m in _assaults(mentions) if m.status == "asserted"]
    assert [m.event_type for m in mentions if m.status == "asserted"] == ["REJECT"]


def test_announced_aid_is_asserted(coded):  # noqa: ANN001
    aid = [m for m in coded[AID_ANNOUNCED] if m.event_type == "AID"]
    assert aid and aid[0].status == "asserted" and aid[0].claimed_by is None
    delivered = [m for m in coded[AID_SAID_SENT] if m.event_type == "AID"]
    assert delivered and delivered[0].status == "claimed"


def test_count_of_lives_lost_and_revised_toll(annotator):  # noqa: ANN001
    from crisisdesk.coding.counts import count_people
    from tests.support.annotation import make_article

    def killed(text: str):  # noqa: ANN202
        doc = annotator.annotate(make_article(text, PUBLISHED))
        return count_people(next(iter(doc.sents)), "killed")

    assert killed("Five villagers lost their lives in the blaze.").min == 5
    assert killed("The toll has climbed to 23 dead.").min == 23  # counted once, not 46
    assert killed("The toll of the floods is heavy.") is None


def test_cleaner_drops_teaser_links_and_lists():
    from crisisdesk.extract.cleaner import Cleaner, load_patterns

    page = ("Herders clashed with farmers near Bama on Sunday, police said.\n\n"
            "Also read: Governor opens new clinic in Konduga\n\n"
            "Related Posts\n- Soldiers free ten hostages near Gwoza\n- Bandits kill two near Biu\n\n"
            "Read more: the police said the talks would resume on Monday.\n")
    paragraphs = Cleaner(load_patterns()).clean_text(page).paragraphs
    assert paragraphs[0].startswith("Herders clashed")
    assert not any("Konduga" in p or "Gwoza" in p or "Biu" in p for p in paragraphs)
    assert any("talks would resume" in p for p in paragraphs)  # a sentence after the label stays
