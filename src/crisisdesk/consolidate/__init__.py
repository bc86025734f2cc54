"""Consolidation: near-duplicate articles into story clusters, event mentions into events.

``update(session, article_ids)`` merges the stored mentions of those articles into events;
``update_stored(engine, article_ids)`` does it in its own transaction (what the pipeline
calls after storing articles).
"""

from crisisdesk.consolidate.events import ArticleInfo, Consolidator, consolidate
from crisisdesk.consolidate.update import ConsolidationResult, rebuild, update, update_stored

__all__ = ["ArticleInfo", "Consolidator", "ConsolidationResult", "consolidate", "rebuild", "update", "update_stored"]
