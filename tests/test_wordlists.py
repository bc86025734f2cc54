"""Word lists moved from the code to package data (session 16, code review of session
15): ``FRENCH_EXONYMS``, ``FRENCH_PERSON_TITLES`` (places), ``SEATS_OF_GOVERNMENT``,
``LANDFORM_HEADS`` (actors), ``STATE_MEDIA``, ``MEDIA_WORDS``, ``DOCUMENT_WORDS``
(french_status), ``FRENCH_HYPHENATED_NOUNS`` (nlp). Each is read from
``crisisdesk/data/wordlists/*.tsv`` by one cached loader, holds the entries the code
held, is immutable, and ships in the wheel (pyproject package data)."""

from __future__ import annotations

import fnmatch
import tomllib
from importlib import resources
from pathlib import Path

import pytest

from crisisdesk.annotate import actors, nlp, places
from crisisdesk.coding import coder, french_status
from crisisdesk.wordlists import WordListError, parse_wordlist, read_wordlist, read_words

ROOT = Path(__file__).resolve().parents[1]

#: (loader, module constant, file, number of entries: as the code held them at 94f65f2,
#: seats of government 7 -> 17 in session 19 (Malabo and accented capitals, s19-plover6fix),
#: 17 -> 8 in session 20 (the accented capitals dropped: the actor matcher folds accents),
#: 8 -> 9 (The Hague, s20-plover7fix))
LISTS = [
    (places.load_french_exonyms, places.FRENCH_EXONYMS, "french_exonyms.tsv", 33),
    (places.load_french_person_titles, places.FRENCH_PERSON_TITLES, "french_person_titles.tsv", 27),
    (actors.load_seats_of_government, actors.SEATS_OF_GOVERNMENT, "seats_of_government.tsv", 9),
    (actors.load_landform_heads, actors.LANDFORM_HEADS, "landform_heads.tsv", 11),
    (french_status.load_state_media, french_status.STATE_MEDIA, "french_state_media.tsv", 6),
    (french_status.load_media_words, french_status.MEDIA_WORDS, "french_media_words.tsv", 15),
    (french_status.load_document_words, french_status.DOCUMENT_WORDS, "french_document_words.tsv", 9),
    (nlp.load_french_hyphenated_nouns, nlp.FRENCH_HYPHENATED_NOUNS, "french_hyphenated_nouns.tsv", 4),
    (coder.load_toll_addition_words, coder.TOLL_ADDITION_WORDS, "toll_addition_words.tsv", 13),
]


@pytest.mark.parametrize(("loader", "constant", "name", "size"), LISTS, ids=[item[2] for item in LISTS])
def test_list_is_read_from_its_data_file_once(loader, constant, name, size):
    assert len(constant) == size
    assert loader() is constant  # cached: the module constant is the loader's one result
    text = resources.files("crisisdesk.data").joinpath("wordlists", name).read_text(encoding="utf-8")
    header = [line.lstrip("# ") for line in text.splitlines() if line.startswith("#")]
    said = " ".join(header).lower()
    assert len(header) >= 3 and ("source" in said or "written for crisisdesk" in said), name  # where entries come from


@pytest.mark.parametrize(("loader", "constant", "name", "size"), LISTS, ids=[item[2] for item in LISTS])
def test_lists_are_immutable(loader, constant, name, size):
    with pytest.raises((TypeError, AttributeError)):
        constant["x"] = "y"  # mappings are read-only, sets frozen, tuples fixed
    with pytest.raises(AttributeError):
        constant.add("x")


def test_entries_as_the_code_held_them():
    assert places.FRENCH_EXONYMS["Le Caire"] == ("Cairo", "EGY")
    assert places.FRENCH_EXONYMS["Addis-Abeba"] == ("Addis Ababa", "ETH")
    assert places.FRENCH_EXONYMS["New York"] == ("New York City", "USA")
    assert actors.SEATS_OF_GOVERNMENT["Sana'a"] == "YEM"
    assert actors.SEATS_OF_GOVERNMENT["Dar es Salaam"] == "TZA"
    assert {"m.", "porte-parole", "ex-président"} <= places.FRENCH_PERSON_TITLES
    assert "Delta" in actors.LANDFORM_HEADS and "delta" not in actors.LANDFORM_HEADS  # case kept
    assert nlp.FRENCH_HYPHENATED_NOUNS == ("sit-in", "sit-ins", "Sit-in", "Sit-ins")
    assert "AIB" in french_status.STATE_MEDIA and "communiqué" in french_status.DOCUMENT_WORDS
    assert "hebdomadaire" in french_status.MEDIA_WORDS


def test_toll_addition_words_are_one_list_of_two_kinds():
    """The English coder's two toll-addition lists (session 18: they were written out twice
    in coder.py) are the two kinds of one file, with the entries they held at bf84662."""
    assert coder.ADDITION_WORDS == frozenset({"also", "another", "more", "further", "additional", "too", "besides",
                                              "addition", "later", "subsequently", "succumbed", "next", "following"})
    assert coder.ADDED_VICTIM_WORDS == frozenset({"also", "another", "more", "further", "additional", "too",
                                                  "besides", "addition"})
    assert set(coder.TOLL_ADDITION_WORDS.values()) == {"other_victims", "later_deaths"}


def test_adds_to_toll_reads_more_than_as_a_quantity():
    import spacy

    nlp_en = spacy.blank("en")
    assert coder.adds_to_toll(nlp_en("Four more herders were found dead near the well."), coder.ADDED_VICTIM_WORDS)
    assert coder.adds_to_toll(nlp_en("A trader hurt in the raid later died."), coder.ADDITION_WORDS)
    # near sentences: "more than" counts, and "later" is no other victim
    assert not coder.adds_to_toll(nlp_en("More than twelve herders were found dead."), coder.ADDED_VICTIM_WORDS)
    assert not coder.adds_to_toll(nlp_en("A trader hurt in the raid later died."), coder.ADDED_VICTIM_WORDS)


def test_bad_layout_names_file_line_and_reason():
    with pytest.raises(WordListError, match=r"x\.tsv:2: columns \['word', 'extra'\], expected \['word'\]"):
        parse_wordlist("# header\nword\textra\n", ("word",), "x.tsv")
    with pytest.raises(WordListError, match=r"x\.tsv:3: expected 2 non-empty tab-separated fields"):
        parse_wordlist("name\talpha3\nKiev\tUKR\nAstana\n", ("name", "alpha3"), "x.tsv")
    with pytest.raises(WordListError, match="no column line"):
        parse_wordlist("# only a header\n", ("word",), "x.tsv")
    assert parse_wordlist("# c\n\nword\nun\n\ndeux\n", ("word",), "x.tsv") == (("un",), ("deux",))


def test_unknown_file_is_not_found():
    with pytest.raises(FileNotFoundError):
        read_words("no_such_list.tsv", "word")
    with pytest.raises(WordListError, match="seats_of_government.tsv:.*expected"):
        read_wordlist("seats_of_government.tsv", ("city", "code"))


def test_wordlists_are_package_data_of_the_wheel():
    """Every word-list file matches a ``[tool.setuptools.package-data]`` pattern, so the
    wheel (and a fresh install) carries it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["crisisdesk"]
    files = sorted((ROOT / "src" / "crisisdesk" / "data" / "wordlists").glob("*.tsv"))
    assert {f.name for f in files} == {item[2] for item in LISTS}
    for path in files:
        relative = path.relative_to(ROOT / "src" / "crisisdesk").as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
