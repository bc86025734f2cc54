"""Sources: turn files, URLs, feeds, sitemaps, web archives and JSONL into RawDocuments."""
