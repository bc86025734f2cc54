"""English coding leftovers of session 19, fixed by general rules. Every sentence was
written for these tests (real spaCy model and annotation stage, the session
``annotator`` fixture); each rule has a near sentence where it must not fire.

- People "neutralised" by troops are killed: ASSAULT (CAMEO 190) with the toll; a
  device neutralised stays COERCE 170 (Disrupted weapons use).
- An accusation that gives attackers' motive against their victims ("after accusing
  them of informing for the army", "whom they accused of ...", "accused the victims of
  ...") is no ACCUSE event; the violence is the event, asserted, and an act joined to
  the accusation by "before" or "and" is not what the accusers say.
- Blame is attribution: the act blamed gets the blamed group as doer (never as
  target) and the blame is an ACCUSE by the blamers against the blamed.
- An agreement that is the purpose or topic of a meeting ("met to examine a ceasefire
  agreement", "hoping for an agreement") is no AGREE; the meeting is CONSULT.
- Overrunning a post is an assault (PLOVER ASSAULT), typed Non-state actor overtakes
  territory when a non-state group does it; an occupation stays COERCE 192.
- Coordinates in the text ("4.2W", "15°10'N") are never a toponym.
- Events told with a year long before publication are historical, and in a sentence
  with a current event each keeps its own toll.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import code_text, make_article

PUBLISHED = date(2026, 1, 16)  # a Friday

NEUTRALISED = "Soldiers neutralised twelve terrorists near Boni on Tuesday."
NEUTRALISED_PASSIVE = "Eight jihadists were neutralised by the army near Ménaka on Monday."
DEVICE_NEUTRALISED = "Security forces neutralised an explosive device on the Gao road on Monday."
MOTIVE_AFTER = "Gunmen killed three herders near Djibo on Tuesday after accusing them of informing for the army."
MOTIVE_PARTICIPLE = "Jihadists executed two villagers in Dioura on Sunday, accusing them of spying for the army."
MOTIVE_BEFORE = ("Militants accused the two men of informing for the army before shooting them dead in Dioura "
                 "on Sunday.")
MOTIVE_RELATIVE = "Jihadists killed the village chief, whom they accused of collaborating with the army, on Sunday."
MOTIVE_VICTIMS = "Militants accused the victims of informing for the army and executed them on Sunday."
TOLD_ACCUSATION = "Residents accused the soldiers of killing civilians in Moura on Monday."
BLAMED_FOR = "Residents blamed Dozo hunters for the attack, which killed 12 people in Ogossagou on Saturday."
BLAMED_ON_RELATIVE = "The attack, which residents blamed on Dozo hunters, killed 12 herders on Saturday."
BLAMED_ON_AFTER_TARGET = "Villagers blamed the attack on the village on Dozo hunters, saying 12 herders were killed."
BLAMED_KILLING = "Local officials blamed the killing of 12 herders on Dozo militiamen."
PURPOSE_AGREEMENT = ("Malian and Algerian officials met in Algiers on Monday to examine a ceasefire agreement "
                     "between the army and the rebels.")
HOPED_AGREEMENT = ("Government and rebel delegations met in Algiers on Monday, hoping for an agreement between "
                   "the army and the CMA.")
REACHED_AGREEMENT = "The government and the CMA reached an agreement in Algiers on Monday."
OVERRAN_POST = "Jihadists overran the army post of Boulkessi on Sunday."
OVERRAN_KILLING = "Militants overran a gendarmerie camp near Djibo on Monday, killing five gendarmes."
OCCUPIED = "The rebels occupied the town of Léré on Monday."
DECIMAL_COORDINATES = "Gunmen ambushed a convoy at 14.5N, 4.2W on Monday."
DEGREE_COORDINATES = "Fighting broke out at 15°10'N 1°20'W, near Tessit, on Tuesday."
PLACED_BY_COORDINATES = "The attack happened at 14.5N, 4.2W near the border on Monday."
TWO_TOLLS = "Gunmen killed four traders near Gao on Monday; in 2018, gunmen killed 20 traders on the same road."
YEAR_FIRST = "In 2012, Tuareg rebels seized the north of Mali."
CURRENT_THEN_PAST = "Jihadists attacked Boni on Monday. Rebels attacked Boni in 2012 as well."
CONFLICT_BEGAN = "The conflict began in 2012 when rebels took control of Kidal."
SENTENCES = (NEUTRALISED, NEUTRALISED_PASSIVE, DEVICE_NEUTRALISED, MOTIVE_AFTER, MOTIVE_PARTICIPLE, MOTIVE_BEFORE,
             MOTIVE_RELATIVE, MOTIVE_VICTIMS, TOLD_ACCUSATION, BLAMED_FOR, BLAMED_ON_RELATIVE, BLAMED_ON_AFTER_TARGET,
             BLAMED_KILLING, PURPOSE_AGREEMENT, HOPED_AGREEMENT, REACHED_AGREEMENT, OVERRAN_POST, OVERRAN_KILLING,
             OCCUPIED, DECIMAL_COORDINATES, DEGREE_COORDINATES, TWO_TOLLS, YEAR_FIRST, CURRENT_THEN_PAST,
             CONFLICT_BEGAN)


@pytest.fixture(scope="module")
def coded(annotator):  # noqa: ANN001, ANN201
    """Every sentence of this module coded once (one article each): text -> mentions."""
    return {text: code_text(annotator, text, PUBLISHED) for text in SENTENCES}


def _types(mentions) -> list[tuple]:  # noqa: ANN001
    return [(m.event_type, m.cameo_code) for m in mentions]


def _roles(mention) -> tuple[list, list]:  # noqa: ANN001
    return [a.name for a in mention.source_actors], [a.name for a in mention.target_actors]


def _toll(mention) -> tuple:  # noqa: ANN001
    return (mention.fatalities.min, mention.fatalities.max) if mention.fatalities else None


def test_people_neutralised_are_killed(coded):  # noqa: ANN001
    [active] = coded[NEUTRALISED]
    assert (active.event_type, active.cameo_code, active.status, active.event_date) == (
        "ASSAULT", "190", "asserted", date(2026, 1, 13))
    assert _roles(active) == (["Soldiers"], ["terrorists"])
    assert _toll(active) == (12, 12)
    assert (active.acled_event_type, active.acled_sub_event_type) == ("Battles", "Armed clash")
    [passive] = coded[NEUTRALISED_PASSIVE]
    assert (passive.event_type, passive.cameo_code, _toll(passive)) == ("ASSAULT", "190", (8, 8))
    assert _roles(passive) == (["army"], ["jihadists"])


def test_a_device_neutralised_stays_disrupted_weapons_use(coded):  # noqa: ANN001
    [device] = coded[DEVICE_NEUTRALISED]
    assert (device.event_type, device.cameo_code, device.acled_sub_event_type, device.fatalities) == (
        "COERCE", "170", "Disrupted weapons use", None)


def test_an_accusation_as_motive_of_violence_is_no_accuse_event(coded):  # noqa: ANN001
    for text, trigger, victims in ((MOTIVE_AFTER, "killed", ["herders"]),
                                   (MOTIVE_PARTICIPLE, "executed", ["villagers"]),
                                   (MOTIVE_RELATIVE, "killed", ["village chief"])):
        mentions = coded[text]
        assert [m.event_type for m in mentions] == ["ASSAULT"], text
        assert mentions[0].evidence.trigger.text == trigger
        assert mentions[0].status == "asserted"
        assert _roles(mentions[0])[1] == victims


def test_the_killing_after_an_accusation_is_the_accusers_own_asserted_act(coded):  # noqa: ANN001
    [shooting] = coded[MOTIVE_BEFORE]
    assert (shooting.event_type, shooting.status, shooting.event_date, _toll(shooting)) == (
        "ASSAULT", "asserted", date(2026, 1, 11), (2, 2))
    assert _roles(shooting)[0] == ["Militants"]
    [execution] = coded[MOTIVE_VICTIMS]
    assert (execution.event_type, execution.mode, execution.status) == ("ASSAULT", "massacre", "asserted")


def test_an_accusation_of_violence_stays_an_accuse_event(coded):  # noqa: ANN001
    [accusation] = coded[TOLD_ACCUSATION]
    assert (accusation.event_type, accusation.cameo_code) == ("ACCUSE", "112")
    assert _roles(accusation) == (["Residents"], ["soldiers"])


def test_the_blamed_group_is_the_doer_of_the_act_blamed(coded):  # noqa: ANN001
    blame, killing = coded[BLAMED_FOR]
    assert (blame.event_type, _roles(blame)) == ("ACCUSE", (["Residents"], ["Dozo militia"]))
    assert (killing.event_type, _roles(killing), _toll(killing)) == (
        "ASSAULT", (["Dozo militia"], ["people"]), (12, 12))
    [killed] = coded[BLAMED_ON_RELATIVE]
    assert (killed.event_type, killed.event_date) == ("ASSAULT", date(2026, 1, 10))
    assert _roles(killed) == (["Dozo militia"], ["herders"])


def test_the_blamed_group_is_never_a_target(coded):  # noqa: ANN001
    for text in (BLAMED_ON_AFTER_TARGET, BLAMED_KILLING):
        blames = [m for m in coded[text] if m.event_type == "ACCUSE"]
        assert [_roles(m)[1] for m in blames] == [["Dozo militia"]], text
        assert all("Dozo militia" not in _roles(m)[1] for m in coded[text] if m.event_type == "ASSAULT")


def test_an_agreement_sought_by_a_meeting_is_no_agreement(coded):  # noqa: ANN001
    for text in (PURPOSE_AGREEMENT, HOPED_AGREEMENT):
        assert _types(coded[text]) == [("CONSULT", "040")], text
        assert coded[text][0].evidence.trigger.text == "met"
        assert coded[text][0].event_date == date(2026, 1, 12)
    [reached] = coded[REACHED_AGREEMENT]
    assert (reached.event_type, reached.acled_sub_event_type) == ("AGREE", "Agreement")


def test_overrunning_a_post_is_an_assault(coded):  # noqa: ANN001
    [post] = coded[OVERRAN_POST]
    assert (post.event_type, post.cameo_code, post.event_date) == ("ASSAULT", "190", date(2026, 1, 11))
    assert (post.acled_event_type, post.acled_sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert _roles(post) == (["Jihadists"], ["army post"])
    [camp] = coded[OVERRAN_KILLING]  # the overrun and the killing are one incident
    assert (camp.event_type, _toll(camp), camp.place.name) == ("ASSAULT", (5, 5), "Djibo")


def test_an_occupation_stays_a_seizure_of_territory(coded):  # noqa: ANN001
    [occupied] = coded[OCCUPIED]
    assert (occupied.event_type, occupied.mode, occupied.cameo_code) == ("COERCE", "seize", "192")


def test_coordinates_are_never_a_toponym(annotator, coded):  # noqa: ANN001
    for text in (PLACED_BY_COORDINATES, DECIMAL_COORDINATES, DEGREE_COORDINATES):
        doc = annotator.annotate(make_article(text, PUBLISHED))
        assert not any(any(c.isdigit() for c in p.name) for p in doc._.places), text  # "4.2W" was a place
    [ambush] = coded[DECIMAL_COORDINATES]
    assert (ambush.event_type, ambush.place, ambush.event_date) == ("ASSAULT", None, date(2026, 1, 12))
    [fighting] = coded[DEGREE_COORDINATES]
    assert fighting.place.name == "Tessit"


def test_an_event_of_a_past_year_is_historical_with_its_own_toll(coded):  # noqa: ANN001
    current, past = coded[TWO_TOLLS]
    assert (current.status, current.event_date, _toll(current)) == ("asserted", date(2026, 1, 12), (4, 4))
    assert (past.status, past.event_date, past.time_precision, _toll(past)) == (
        "historical", date(2018, 1, 1), "year", (20, 20))


def test_events_told_with_a_year_long_past_are_historical(coded):  # noqa: ANN001
    for text in (YEAR_FIRST, CONFLICT_BEGAN):
        assert [(m.status, m.event_date, m.time_precision) for m in coded[text]] == [
            ("historical", date(2012, 1, 1), "year")], text
    assert [(m.status, m.event_date) for m in coded[CURRENT_THEN_PAST]] == [
        ("asserted", date(2026, 1, 12)), ("historical", date(2012, 1, 1))]
