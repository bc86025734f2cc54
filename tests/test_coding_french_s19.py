"""French coding leftovers of session 19: coordinated victims add up (a noun the small
model reads as an infinitive included), a group named after "dont"/"parmi lesquels" is a
part of the toll, never added, a death noun counts its complement ("la mort de", "coûté
la vie à"), "Personne n'a été tué" / "aucune victime n'est à déplorer" is a toll of zero
of the attack told before, not a killing or a disapproval, an attack of a past year
recalled in the plus-que-parfait is historical, and fighters who "se sont rendus" to the
forces surrendered (CAMEO 0874), while a minister who "s'est rendu à" a town went there.
Sentences written for these tests; each rule has a near sentence where it must not fire.
Real pipeline (the session ``annotator`` fixture), no mocks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.support.annotation import make_article

from crisisdesk.coding.coder import code_events
from crisisdesk.coding.counts import acled_fatalities
from crisisdesk.coding.french_counts import count_people

PUB = date(2025, 11, 21)


def _french(annotator, text: str) -> list:  # noqa: ANN001
    """The event mentions of ``text``, a French article published on :data:`PUB`."""
    article = make_article(text, PUB, language="fr")
    return code_events(annotator.annotate(article), article)


def _killed(annotator, sentence: str) -> int | None:  # noqa: ANN001
    """The killed count (min) of the first sentence of ``sentence``, French; None when none."""
    doc = annotator.annotate(make_article(sentence, PUB, language="fr"))
    count = count_people(next(iter(doc.sents)), "killed")
    return None if count is None else count.min


def _assaults(mentions: list) -> list[tuple[str, str, int | None]]:
    """(trigger, status, ACLED fatalities) of each ASSAULT mention."""
    return [(m.evidence.trigger.text, m.status, None if m.fatalities is None else acled_fatalities(m.fatalities))
            for m in mentions if m.event_type == "ASSAULT"]


@pytest.mark.parametrize(("sentence", "dead"), [
    # "berger" after "un" is read as an infinitive, conjoined to "gendarmes": still one more victim
    ("Jeudi, des bandits ont abattu deux gendarmes et un berger près de Sebba.", 3),
    # near: a plural group after the first is read as a noun and was always added
    ("Jeudi, des bandits ont abattu deux gendarmes et trois bergers près de Sebba.", 5),
])
def test_coordinated_victims_add_up(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    # the part named after "dont" is among the whole, both subjects of the passive
    ("Quatorze assaillants, dont deux émirs, ont été neutralisés par l'armée.", 14),
    ("Onze jihadistes, dont trois chefs, ont été tués par les militaires près de Tessit.", 11),
    ("Les militaires ont tué sept assaillants, parmi lesquels deux émirs, près de Ménaka.", 7),
    ("Des hommes armés ont tué huit villageois, dont deux femmes et trois enfants.", 8),
    # near: two groups with no word of inclusion are two sets of victims
    ("Douze bandits et trois otages ont été tués près de Tessit.", 15),
])
def test_a_group_named_after_dont_is_part_of_the_toll(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Une embuscade contre un convoi près de Dori a entraîné la mort de six soldats.", 6),
    ("L'attaque a causé la mort de deux bergers et de trois enfants près de Gorom-Gorom.", 5),
    ("Une embuscade ayant entraîné le décès de deux douaniers a visé un convoi près de Kantchari.", 2),
])
def test_a_death_noun_counts_its_complement(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead


@pytest.mark.parametrize(("sentence", "dead"), [
    ("Jeudi, une embuscade contre un convoi près de Dori a entraîné la mort de six soldats.", 6),
    ("L'embuscade tendue par des jihadistes a coûté la vie à quatre gendarmes près de Kantchari.", 4),
])
def test_the_attack_takes_the_toll_of_its_death_noun(annotator, sentence, dead):  # noqa: ANN001
    assaults = _assaults(_french(annotator, sentence))
    assert [a[2] for a in assaults] == [dead], assaults


def test_a_death_noun_without_a_complement_counts_nobody(annotator):  # noqa: ANN001
    """Near: "la mort" of no one named gives no figure."""
    assert _killed(annotator, "Une embuscade près de Dori a entraîné la mort.") is None


@pytest.mark.parametrize("toll", ["Personne n'a été tué.", "Aucune victime n'est à déplorer."])
def test_nobody_killed_is_a_toll_of_zero_of_the_attack(annotator, toll):  # noqa: ANN001
    """The attack stays asserted with 0 fatalities; the toll sentence codes no killing
    and no disapproval (ACCUSE)."""
    mentions = _french(annotator, "Samedi, des hommes armés ont attaqué un poste de gendarmerie près de Téra. " + toll)
    assert _assaults(mentions) == [("attaqué", "asserted", 0)]
    assert [m.event_type for m in mentions] == ["ASSAULT"]


def test_somebody_killed_after_an_attack_is_still_a_killing(annotator):  # noqa: ANN001
    """Near: a sentence that kills somebody stays the killing it reports."""
    mentions = _french(annotator, "Samedi, des hommes armés ont attaqué un poste de gendarmerie près de Téra. "
                                  "Deux gendarmes ont été tués.")
    assert ("tués", "asserted", 2) in _assaults(mentions)


def test_a_government_deploring_an_attack_still_disapproves(annotator):  # noqa: ANN001
    """Near: "déplorer" with a subject of its own is the disapproval it was."""
    mentions = _french(annotator, "Le gouvernement a déploré l'attaque contre le poste de Téra.")
    assert "ACCUSE" in [m.event_type for m in mentions]


@pytest.mark.parametrize(("text", "status"), [
    # an attack of a past year named on the noun, plus-que-parfait: historical, dated to its year
    ("L'attaque de 2019 contre le camp de Boulkessi avait coûté la vie à vingt soldats.", "historical"),
    # last year, within 365 days of the report, in the plus-que-parfait: historical too
    ("Des jihadistes avaient attaqué le camp de Boulkessi en 2024, tuant vingt soldats.", "historical"),
    # near: the week's attack told in the passé composé is current
    ("Mardi, des jihadistes ont attaqué le camp de Boulkessi, tuant vingt soldats.", "asserted"),
])
def test_an_attack_of_a_past_year_recalled_is_historical(annotator, text, status):  # noqa: ANN001
    assaults = _assaults(_french(annotator, text))
    assert [(a[1], a[2]) for a in assaults] == [(status, 20)], assaults


def test_the_year_on_an_attack_noun_dates_it(annotator):  # noqa: ANN001
    (mention,) = [m for m in _french(annotator, "L'attaque de 2019 contre le camp de Boulkessi avait coûté la vie "
                                                "à vingt soldats.") if m.event_type == "ASSAULT"]
    assert (mention.event_date, mention.date_end, mention.time_precision) == (
        date(2019, 1, 1), date(2019, 12, 31), "year")


def test_fighters_who_gave_themselves_up_surrendered(annotator):  # noqa: ANN001
    mentions = _french(annotator, "Vendredi, une quinzaine de combattants jihadistes se sont rendus aux forces "
                                  "armées près de Diffa.")
    assert [(m.event_type, m.cameo_code, m.acled_event_type) for m in mentions] == [
        ("RETREAT", "0874", "Strategic developments")]


@pytest.mark.parametrize("text", ["Le ministre de la Défense s'est rendu à Diffa vendredi.",
                                  "Vendredi, des soldats se sont rendus dans la ville de Diffa.",
                                  "Le commandant s'est rendu compte de la menace."])
def test_going_to_a_place_is_no_surrender(annotator, text):  # noqa: ANN001
    """Near: "se rendre à/dans" a place is a journey, "se rendre compte" is to realise."""
    assert [m.event_type for m in _french(annotator, text) if m.event_type == "RETREAT"] == []


@pytest.mark.parametrize(("sentence", "dead"), [
    # a death told as the reason or the time of the act is not the act's toll
    ("Le 4 mai, des jeunes ont brûlé des pneus et saccagé un commissariat à Abéché après la mort d'un détenu.", None),
    ("Des manifestants ont bloqué la route pour protester contre la mort de deux commerçants.", None),
    ("À la suite du décès d'un élève, des jeunes ont incendié la mairie.", None),
    # near: the death the act caused still counts
    ("L'attaque a entraîné la mort de trois soldats.", 3),
])
def test_a_death_given_as_cause_is_no_toll(annotator, sentence, dead):  # noqa: ANN001
    assert _killed(annotator, sentence) == dead
