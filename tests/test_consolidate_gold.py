"""The two shared English gold articles, coded by the real pipeline and consolidated
together: no two required gold events may end up in one consolidated event. (An optional
gold event coded from the same sentence as a required one may join it: E9, JNIM's threat
against Mali, shares its sentence and actor with E8, the threat against truck drivers.)"""

from pathlib import Path

import pytest

from crisisdesk.consolidate import ArticleInfo, consolidate
from crisisdesk.evaluation import gold
from crisisdesk.evaluation.runner import _gold_raw
from crisisdesk.pipeline import RunOptions, process

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GOLD_FILES = sorted((DATA / "gold").glob("*.gold.json"))


@pytest.mark.skipif(not GOLD_FILES, reason="shared gold data not present")
def test_no_required_gold_event_is_merged_into_another():
    from tests.test_consolidate_pipeline import full_stages

    stages = full_stages(RunOptions())
    if stages.code is None:
        pytest.skip("no event coder configured in pipeline.build_stages yet")
    mentions, gold_of_mention, infos = [], {}, {}
    for path in GOLD_FILES:
        article_gold = gold.load_gold(path)
        processed = process(_gold_raw(article_gold), stages, RunOptions(fetched_at=article_gold.reference_time))
        article = processed.article
        infos[article.article_id] = ArticleInfo(article.article_id, article.site, article.published_at, article.article_id)
        paired, _ = gold.assign(list(article_gold.events), processed.mentions)
        for gold_index, mention_index in paired.items():
            event = article_gold.events[gold_index]
            gold_of_mention[processed.mentions[mention_index].mention_id] = (path.name, event.id, event.required)
        mentions += processed.mentions
    assert sum(1 for _, _, required in gold_of_mention.values() if required) >= 5
    events = consolidate(mentions, infos)
    for event in events:
        golds = {gold_of_mention[m.mention_id] for m in event.mentions if m.mention_id in gold_of_mention}
        required = {g for g in golds if g[2]}
        assert len(required) <= 1, f"event {event.event_id} merges required gold events {sorted(g[1] for g in required)}"
