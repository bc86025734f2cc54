"""``crisisdesk run --recode``: stored articles with unchanged text are coded again,
their mentions replaced (not duplicated) and their events rebuilt (real SQLite file,
real spaCy model, an article and a lexicon file written for these tests)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from crisisdesk.cli import _register, app
from crisisdesk.errors import StoreError
from crisisdesk.records import Article, Evidence, EventMention
from crisisdesk.store import repository
from crisisdesk.store.db import open_database
from crisisdesk.store.models import EventMentionRow, EventRow

# "waylay" is no word of the packaged lexicon: only the extra lexicon file codes it
STORY = ("Convoy waylaid near Kati\n\n"
         "Armed men waylaid a fuel convoy near Kati on Monday, the army said.\n\n"
         "Soldiers clashed with the attackers near Kati on Tuesday, a local official said.\n")
LEXICON = ("groups:\n"
           "  - {type: ASSAULT, mode: null, cameo: \"190\", acled: Attack, verbs: [waylay], nouns: []}\n")


def _run(tmp_path, *extra):
    result = CliRunner().invoke(app, ["run", "--db", str(tmp_path / "r.db"), "--fetched-at", "2025-11-12T08:00Z",
                                      "-q", str(tmp_path / "story.txt"), *extra])
    assert result.exit_code == 0, result.output
    return result


def _counts(engine):
    with Session(engine) as session:
        mentions = session.scalars(select(EventMentionRow.evidence).order_by(EventMentionRow.start_char)).all()
        events = session.scalar(select(func.count()).select_from(EventRow))
        unassigned = session.scalar(select(func.count()).select_from(EventMentionRow)
                                    .where(EventMentionRow.event_id.is_(None)))
    return list(mentions), events, unassigned


@pytest.fixture(scope="module")
def recoded(tmp_path_factory):
    """Three runs over one article: plain, ``--recode --lexicon`` and the same again."""
    _register()
    tmp_path = tmp_path_factory.mktemp("recode")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "waylay.yaml").write_text(LEXICON, encoding="utf-8")
    first = _run(tmp_path)
    engine = open_database(str(tmp_path / "r.db"))
    after_first = _counts(engine)
    plain = _run(tmp_path, "--lexicon", str(tmp_path / "waylay.yaml"))  # no --recode: unchanged
    after_plain = _counts(engine)
    second = _run(tmp_path, "--recode", "--lexicon", str(tmp_path / "waylay.yaml"))
    after_second = _counts(engine)
    third = _run(tmp_path, "--recode", "--lexicon", str(tmp_path / "waylay.yaml"))
    after_third = _counts(engine)
    return dict(engine=engine, first=first, plain=plain, second=second, third=third, after_first=after_first,
                after_plain=after_plain, after_second=after_second, after_third=after_third)


def test_without_recode_a_stored_article_is_not_coded_again_and_the_run_says_so(recoded):
    mentions, events, _ = recoded["after_first"]
    assert [m.split(" near")[0] for m in mentions] == ["Soldiers clashed with the attackers"]
    assert events == 1
    assert recoded["after_plain"] == recoded["after_first"]  # the new lexicon had no effect
    assert "unchanged 1" in recoded["plain"].stdout
    assert "were not re-coded" in recoded["plain"].stderr and "--recode" in recoded["plain"].stderr
    assert "re-coded" not in recoded["first"].stderr  # nothing stored was skipped


def test_a_page_read_twice_in_one_run_is_not_called_an_earlier_run_s_article(tmp_path):
    """The same text twice in one run (a copy beside the file): the second is unchanged,
    but the run stored it moments earlier, so "not re-coded ... --recode" would be wrong
    (it said so before); the run says the item repeated an article it had just stored."""
    _register()
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(STORY, encoding="utf-8")
    result = _run(tmp_path, str(tmp_path / "copy.txt"))
    assert "stored 1, unchanged 1" in result.stdout
    assert "re-coded" not in result.stderr, result.stderr
    assert "1 item(s) repeated the text of an article this run had just stored" in result.stderr
    again = _run(tmp_path)  # a later run: the note about re-coding is due
    assert "note: 1 stored article(s) with unchanged text were not re-coded" in again.stderr
    assert "repeated" not in again.stderr


def test_recode_replaces_the_mentions_with_the_new_lexicon_and_rebuilds_events(recoded):
    mentions, events, unassigned = recoded["after_second"]
    # the waylaying is coded now; the clash is there once, not twice
    assert [m.split(" near")[0] for m in mentions] == ["Armed men waylaid a fuel convoy",
                                                       "Soldiers clashed with the attackers"]
    assert (events, unassigned) == (2, 0)
    assert "recoded 1" in recoded["second"].stdout and "unchanged 0" in recoded["second"].stdout
    assert "mentions 2" in recoded["second"].stdout
    assert "re-coded" not in recoded["second"].stderr
    stored = repository.list_articles(recoded["engine"], latest_only=False)
    assert [s.revision for s in stored] == [1]  # no revision written for the same text
    with Session(recoded["engine"]) as session:
        revisions = set(session.scalars(select(EventMentionRow.article_revision)))
    assert revisions == {1}


def test_recode_again_is_idempotent(recoded):
    assert recoded["after_third"] == recoded["after_second"]
    assert "recoded 1" in recoded["third"].stdout


def test_recode_and_no_nlp_are_refused(tmp_path):
    _register()
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--db", str(tmp_path / "r.db"), "-q", "--recode", "--no-nlp",
                                      str(tmp_path / "story.txt")])
    assert result.exit_code == 2 and "--no-nlp" in result.output


def _article(letter, text, content_hash):
    return Article(article_id=letter * 64, text=text, fetched_at=datetime(2025, 11, 12, 8, tzinfo=timezone.utc),
                   source_uri="written-for-the-test", content_hash=content_hash)


def _mention(article, mention_id, start, end):
    return EventMention(mention_id=mention_id, article_id=article.article_id, event_type="ASSAULT",
                        evidence=Evidence(article.text[start:end], start, end))


def test_a_failed_recode_leaves_the_old_mentions(tmp_path):
    """Crash safety: the withdrawal and the insert are one transaction; a write the
    database refuses (two mentions with one id) leaves the stored mentions as they were."""
    engine = open_database(str(tmp_path / "c.db"))
    text = "Gunmen attacked a convoy near Kati on Monday."
    article = _article("a", text, "h" * 64)
    assert repository.save_article(engine, article, [_mention(article, "old", 0, len(text))]).status == "stored"
    broken = [_mention(article, "new", 0, 6), _mention(article, "new", 7, 15)]
    with pytest.raises(StoreError):
        repository.save_article(engine, article, broken, recode=True)
    assert [m.mention_id for m in repository.get_mentions(engine)] == ["old"]
    result = repository.save_article(engine, article, [_mention(article, "new", 0, 6)], recode=True)
    assert (result.status, result.revision, result.mentions) == ("recoded", 1, 1)
    assert [m.mention_id for m in repository.get_mentions(engine)] == ["new"]
    # without recode the same text stays unchanged
    assert repository.save_article(engine, article, []).status == "unchanged"


def test_recode_of_a_text_older_than_the_latest_revision_changes_nothing(tmp_path):
    """Text A, then B (revision 2), then A again with recode: A's revision is superseded,
    so the latest revision's mentions stay."""
    engine = open_database(str(tmp_path / "o.db"))
    old = _article("b", "Gunmen attacked a convoy.", "1" * 64)
    new = _article("b", "Gunmen attacked two convoys.", "2" * 64)
    repository.save_article(engine, old, [_mention(old, "m-old", 0, 6)])
    assert repository.save_article(engine, new, [_mention(new, "m-new", 0, 6)]).status == "revised"
    result = repository.save_article(engine, old, [_mention(old, "m-again", 0, 6)], recode=True)
    assert (result.status, result.revision) == ("unchanged", 1)
    assert [m.mention_id for m in repository.get_mentions(engine)] == ["m-new"]
    assert repository.latest_same_text(engine, old) is None
    assert repository.latest_same_text(engine, new).text == new.text


def test_recode_keeps_an_event_reported_by_two_articles_whole(tmp_path):
    """Two reports of one clash: re-coding both withdraws each one's mentions from the
    shared event and merges the new ones back: one event of two articles, as before."""
    _register()
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "one.txt").write_text("Soldiers clashed with armed men near Kati on 11 November 2025, "
                                    "killing two soldiers, the army said.\n", encoding="utf-8")
    (folder / "two.txt").write_text("Troops clashed with gunmen near Kati on 11 November 2025, "
                                    "killing two soldiers, residents said.\n", encoding="utf-8")
    engine = open_database(str(tmp_path / "two.db"))

    def run_and_count(*extra):
        result = CliRunner().invoke(app, ["run", "--db", str(tmp_path / "two.db"), "--fetched-at",
                                          "2025-11-12T08:00Z", "-q", str(folder), *extra])
        assert result.exit_code == 0, result.output
        with Session(engine) as session:
            events = session.execute(select(EventRow.event_id, EventRow.num_articles)).all()
            mentions = session.scalar(select(func.count()).select_from(EventMentionRow))
        return [tuple(e) for e in events], mentions, result.stdout

    first = run_and_count()
    recoded = run_and_count("--recode")
    assert [n for _, n in first[0]] == [2] and first[1] == 2
    assert recoded[:2] == first[:2]
    assert "recoded 2" in recoded[2]


def test_an_article_another_run_stored_meanwhile_is_not_called_one_to_recode(tmp_path):
    """A run beside another said "N stored article(s) ... were not re-coded; run
    --recode" of the articles the other run had just stored (session-15 tester): only
    articles stored before this run started count. Here the stored revision's time is
    set after the next run's start, as when a run beside it stores the page meanwhile."""
    from datetime import timedelta

    from sqlalchemy import update

    from crisisdesk.store.models import ArticleRow

    _register()
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    _run(tmp_path)
    engine = open_database(str(tmp_path / "r.db"))
    with engine.begin() as conn:
        conn.execute(update(ArticleRow).values(stored_at=datetime.now(timezone.utc) + timedelta(hours=1)))
    beside = _run(tmp_path)
    assert "unchanged 1" in beside.stdout
    assert "re-coded" not in beside.stderr, beside.stderr
    with engine.begin() as conn:
        conn.execute(update(ArticleRow).values(stored_at=datetime.now(timezone.utc) - timedelta(hours=1)))
    later = _run(tmp_path)  # stored before this run started: the note is due
    assert "note: 1 stored article(s) with unchanged text were not re-coded" in later.stderr
