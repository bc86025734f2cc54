"""Consolidation: near-duplicate articles into story clusters, event mentions into events.

``update(session, article_ids)`` is what the pipeline calls after storing mentions.
"""

from crisisdesk.consolidate.events import ArticleInfo, Consolidator, consolidate
from crisisdesk.consolidate.update import ConsolidationResult, rebuild, update

__all__ = ["ArticleInfo", "Consolidator", "ConsolidationResult", "consolidate", "rebuild", "update"]
