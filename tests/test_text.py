"""crisisdesk.text.fold: the one folding rule behind store/names.fold_name,
annotate/gazetteer.fold and evaluation/actors.normalise, each caller's differences kept."""

from __future__ import annotations

from crisisdesk.annotate.gazetteer import fold as gazetteer_key
from crisisdesk.evaluation.actors import normalise
from crisisdesk.store.names import fold_name
from crisisdesk.text import fold, strip_accents


def test_fold_strips_accents_casefolds_unifies_apostrophes_and_spaces():
    assert strip_accents("Ségou, Tombouctou, Ménaka") == "Segou, Tombouctou, Menaka"
    assert fold("  Côte d’Ivoire \n") == "cote d'ivoire"
    assert fold("SÉGOU") == fold("Ségou") == fold("segou") == "segou"
    assert fold("Straße") == "strasse"  # case folding, not lower(): "ß" -> "ss"
    assert fold("Ka‘ba ʼAli `x") == "ka'ba 'ali 'x"
    assert fold(None) == "" and fold("") == ""
    # letters without a decomposition are kept; other scripts are not transliterated
    assert fold("Østfold") == "østfold" and fold("تمبكتو") == "تمبكتو"


def test_each_caller_keeps_its_own_separators():
    # names typed by users: hyphens kept ("Gao-Ville" is not "Gao Ville")
    assert fold_name("I-n-Délimane") == "i-n-delimane"
    assert fold_name("Côte d’Ivoire") == "cote d'ivoire"  # ’ was kept as is before: no match with '
    # gazetteer keys: hyphens, dashes, underscores, slashes and dots are spaces
    assert gazetteer_key("I-n-Délimane") == gazetteer_key("I n Délimane") == gazetteer_key("i_n/delimane") == "i n delimane"
    assert gazetteer_key("St. Louis") == "st louis" and gazetteer_key("Côte d’Ivoire") == "cote d'ivoire"
    # evaluation: every punctuation mark but "/" is a space
    assert normalise("Ansar al-Din's / JNIM") == "ansar al din s / jnim"
    assert normalise("Côte d’Ivoire") == "cote d ivoire" and normalise(None) == ""
