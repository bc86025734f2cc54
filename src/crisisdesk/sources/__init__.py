"""Sources: where the bytes come from (files, directories, stdin, JSON, JSONL; URLs,
feeds and sitemaps in ``http``/``feeds``; web archives in ``warc``).

``iter_raw_documents(paths, fetched_at=..., max_bytes=...)`` yields ``RawDocument`` or
``Reject`` records; nothing here interprets the article itself (see ``extract``).
"""

from crisisdesk.sources.files import DEFAULT_MAX_BYTES, document_from_object, iter_paths, iter_raw_documents
from crisisdesk.sources.sniff import sniff_kind

__all__ = ["DEFAULT_MAX_BYTES", "document_from_object", "iter_paths", "iter_raw_documents", "sniff_kind"]
