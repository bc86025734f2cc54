"""Consolidation: near-duplicate articles into story clusters, event mentions into events.

``update(session, article_ids)`` merges the stored mentions of those articles into events;
``update_stored(engine, article_ids)`` does it in its own transaction (what the pipeline
calls after each batch of stored articles); ``consolidate_stored(engine, article_ids)``
consolidates many stored articles in the pipeline's batches (what the backfill calls).
"""

from crisisdesk.consolidate.events import ArticleInfo, Consolidator, consolidate
from crisisdesk.consolidate.update import (
    BATCH_ARTICLES,
    ConsolidationResult,
    consolidate_stored,
    rebuild,
    update,
    update_stored,
    withdraw_article_mentions,
)

__all__ = ["BATCH_ARTICLES", "ArticleInfo", "Consolidator", "ConsolidationResult", "consolidate",
           "consolidate_stored", "rebuild", "update", "update_stored",
           "withdraw_article_mentions"]
