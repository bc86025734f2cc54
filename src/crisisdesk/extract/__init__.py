"""Extraction: ``RawDocument`` → ``Article`` (main text, metadata, dates, language).

HTML goes through trafilatura; scraped text and Markdown through the pattern-driven
cleaner (``extract.cleaner``, patterns in ``crisisdesk/data/cleaner_patterns.yaml``).
"""

from crisisdesk.extract.article import ArticleExtractor, paragraph_offsets
from crisisdesk.extract.cleaner import Cleaner, load_patterns

__all__ = ["ArticleExtractor", "Cleaner", "load_patterns", "paragraph_offsets"]
