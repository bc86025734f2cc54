"""Backfill: the same ``pipeline.run`` mapped over partitions of WARC and JSONL input
with Dask distributed.

Partitioning: every input file is cut into byte ranges of about ``partition_bytes``
(at least two per worker overall, so that workers stay busy); a partition takes the
records (WARC) or lines (JSONL) whose first byte lies in its range, so each item is
read by exactly one partition and no file is indexed beforehand
(:class:`crisisdesk.sources.warc.WarcReader` resynchronises on record boundaries).

Output:

- a server database (``--db postgresql://...``): each partition runs ``pipeline.run``
  straight into it;
- no server: each partition writes its own SQLite file in ``workdir``, and the files
  are merged into the target database at the end, in partition order (= input order),
  with the repository's revision rule (same ``article_id`` and ``content_hash``:
  nothing written; a changed text: a new revision). Merging is idempotent: merging a
  partition twice adds no article, mention or reject. Event mentions are copied
  without events (partitions do not consolidate).

Events: once every partition is stored, the mentions are consolidated in the target
in input order and in the same batches as one ``pipeline.run`` over the same input
(``consolidate.consolidate_stored``), so a backfill gives the events of a
single-process run, whatever the partitioning and the order in which partitions finish.

The cluster is a ``LocalCluster`` of ``workers`` processes (one thread each) unless
``scheduler`` gives the address of a running Dask scheduler (``tcp://host:8786``);
workers of a real cluster need crisisdesk installed and, without a server database,
``workdir`` on a filesystem they share with the client.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from crisisdesk.consolidate.update import withdraw_article_mentions
from crisisdesk.pipeline import RunOptions, Stages, build_stages, reject_location, run
from crisisdesk.records import RawDocument, Reject
from crisisdesk.sources.files import document_from_object
from crisisdesk.sources.sniff import load_json
from crisisdesk.sources.warc import WarcReader, looks_like_warc
from crisisdesk.store import repository
from crisisdesk.store.db import make_engine, open_database, resolve_db_url
from crisisdesk.store.models import ArticleRow, EventMentionRow, RejectRow

log = logging.getLogger(__name__)

DEFAULT_PARTITION_BYTES = 64 * 1024 * 1024
Kind = Literal["warc", "jsonl"]


@dataclass(frozen=True)
class Partition:
    """Records or lines of ``path`` whose first byte is in ``[start, end)``."""

    index: int
    path: str
    kind: Kind
    start: int
    end: int


@dataclass
class PartitionResult:
    """What one partition did: the pipeline's counts, where it wrote, how long (s)."""

    partition: Partition
    db_url: str
    counts: dict[str, int]
    seconds: float
    run_id: int | None = None
    article_ids: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


@dataclass
class BackfillSummary:
    """Totals of a backfill: pipeline counts summed over partitions, merge counts
    (articles/mentions/rejects copied into the target), events created, seconds."""

    partitions: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    merged: dict[str, int] = field(default_factory=dict)
    events_created: int = 0
    seconds: float = 0.0
    run_id: int | None = None

    def line(self) -> str:
        c = self.counts
        rate = c.get("read", 0) / self.seconds if self.seconds else 0.0
        # per-partition SQLite files start empty: their re-coded articles are known as
        # such only when merged
        recoded = c.get("recoded", 0) or self.merged.get("recoded", 0)
        return (f"{self.partitions} partition(s): read {c.get('read', 0)}, stored {c.get('stored', 0)}, "
                f"unchanged {c.get('unchanged', 0)}, " + (f"recoded {recoded}, " if recoded else "")
                + f"rejected {c.get('rejected', 0)}, "
                f"mentions {c.get('mentions', 0)}, events {self.events_created}; "
                f"{self.seconds:.1f} s, {rate:.1f} items/s")


def input_kind(path: Path) -> Kind:
    """``warc`` or ``jsonl`` by content (WARC/ARC header; else one JSON object per
    line). Raises ``ValueError`` naming the file otherwise."""
    if looks_like_warc(path):
        return "warc"
    with open(path, "rb") as handle:
        head = handle.read(65536)
    first = head.lstrip()[:1]
    if first == b"{":
        return "jsonl"
    raise ValueError(f"{path}: neither a WARC/ARC file nor JSONL (one JSON object per line)")


def plan_partitions(paths: list[str | Path], workers: int,
                    partition_bytes: int = DEFAULT_PARTITION_BYTES) -> list[Partition]:
    """Cut ``paths`` (files; directories are walked) into byte-range partitions.

    Each file gets ``ceil(size / partition_bytes)`` ranges, more when the input is
    small, so that there are at least ``2 * workers`` partitions overall (files
    allowing). Raises ``ValueError`` for an input that is neither WARC nor JSONL and
    ``FileNotFoundError`` for a missing path.
    """
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            files.append(path)
        else:
            raise FileNotFoundError(f"{path}: no such file or directory")
    sizes = {f: f.stat().st_size for f in files}
    total = sum(sizes.values()) or 1
    wanted = max(2 * workers, 1)
    partitions: list[Partition] = []
    for path in files:
        if sizes[path] == 0:
            continue
        kind = input_kind(path)
        by_size = -(-sizes[path] // partition_bytes)
        by_share = -(-wanted * sizes[path] // total)
        count = max(1, by_size, by_share)
        step = -(-sizes[path] // count)
        for k in range(count):
            start, end = k * step, min(sizes[path], (k + 1) * step)
            if start < end:
                partitions.append(Partition(len(partitions), str(path), kind, start, end))
    return partitions


def iter_jsonl_range(path: str | Path, start: int, end: int, *, fetched_at: datetime,
                     max_bytes: int) -> Iterator[RawDocument | Reject]:
    """Documents of the JSONL lines of ``path`` that start in ``[start, end)``; line
    numbers are counted from the top of the file, so rejects name the real line."""
    path = Path(path)
    with open(path, "rb") as handle:
        line_number = 1
        if start > 0:
            handle.seek(start - 1)
            previous = handle.read(1)
            handle.seek(0)
            remaining = start
            while remaining > 0:  # count the lines above the range
                chunk = handle.read(min(remaining, 1 << 20))
                line_number += chunk.count(b"\n")
                remaining -= len(chunk)
            if previous != b"\n":  # the range starts inside a line: skip to the next one
                handle.readline()
                line_number += 1
        position = handle.tell()
        while position < end:
            line = handle.readline()
            if not line:
                break
            number, position = line_number, position + len(line)
            line_number += 1
            if not line.strip():
                continue
            uri = str(path)
            if len(line) > max_bytes:
                yield Reject(uri=uri, stage="source", reason="too_large", line=number,
                             detail=f"line of {len(line)} bytes exceeds the {max_bytes}-byte limit")
                continue
            try:
                obj = load_json(line.decode("utf-8-sig"))
            except (ValueError, UnicodeDecodeError) as error:
                yield Reject(uri=uri, stage="source", reason="malformed_json", detail=str(error), line=number)
                continue
            yield document_from_object(obj, uri=f"{uri}#line={number}", fetched_at=fetched_at,
                                       origin="jsonl", line=number, reject_uri=uri)


def partition_items(partition: Partition, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """The items of one partition (RawDocuments and Rejects), streamed."""
    if partition.kind == "warc":
        return iter(WarcReader(partition.path, start=partition.start, end=partition.end,
                               max_bytes=max_bytes))
    mtime = datetime.fromtimestamp(os.stat(partition.path).st_mtime, tz=timezone.utc)
    return iter_jsonl_range(partition.path, partition.start, partition.end, fetched_at=mtime,
                            max_bytes=max_bytes)


@lru_cache(maxsize=4)
def _stages(options_json: str, gazetteer_url: str | None = None) -> Stages:
    """The NLP stages, loaded once per worker process and options (the JSON of
    ``RunOptions.to_json()``; only the fields that shape the stages are read).
    ``gazetteer_url``: the target database, whose imported gazetteer places
    (``crisisdesk gazetteer import``) the annotation resolves; a partition's own SQLite
    file has none."""
    data = json.loads(options_json)
    paths = lambda values: tuple(Path(v) for v in values or ())  # noqa: E731
    options = RunOptions(spacy_model=data["spacy_model"], nlp=data["nlp"],
                         actors_file=Path(data["actors_file"]) if data.get("actors_file") else None,
                         pattern_files=paths(data.get("pattern_files")),
                         lexicon_files=paths(data.get("lexicon_files")))
    if not gazetteer_url:
        return build_stages(options)
    gazetteer_db = open_database(gazetteer_url)
    try:
        return build_stages(options, gazetteer_db)  # the places are read once, here
    finally:
        gazetteer_db.dispose()  # no connection to the target stays open in the worker


def run_partition(partition: Partition, db_url: str, options: RunOptions,
                  gazetteer_url: str | None = None) -> PartitionResult:
    """Run the pipeline over one partition into ``db_url`` (migrated on open). This is
    the function the Dask workers execute; it returns only small counts."""
    started = time.perf_counter()
    engine = open_database(db_url)
    try:
        stages = _stages(json.dumps(options.to_json(), sort_keys=True), gazetteer_url) if options.nlp else Stages()
        options = dataclasses.replace(options, consolidate=False)  # once, at the end, in order
        messages = _MessageLines()
        summary = run(partition_items(partition, options.max_bytes), engine, options, stages,
                      progress=False, err=messages)
    finally:
        engine.dispose()
    return PartitionResult(partition, db_url, summary.counts(), time.perf_counter() - started,
                           summary.run_id, list(summary.article_ids), messages.lines())


#: Most lines a partition sends back to the client to print (reject lines and notes,
#: as ``crisisdesk run`` prints them); the rest are counted in one line. Every reject is
#: in the ``rejects`` table whatever the cap (``crisisdesk rejects``).
MAX_PARTITION_MESSAGES = 200


class _MessageLines:
    """The ``err`` of a partition's ``pipeline.run``: keeps what the run prints (reject
    lines ``rejected PATH:LINE: reason (detail)``, article notes), the first
    :data:`MAX_PARTITION_MESSAGES` lines of them, for the client to print. Before,
    workers printed nothing, so a backfill said "rejected 2" with no path or reason."""

    def __init__(self) -> None:
        self._text: list[str] = []

    def write(self, text: str) -> int:
        self._text.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def lines(self) -> list[str]:
        lines = [line for line in "".join(self._text).splitlines() if line.strip()]
        if len(lines) <= MAX_PARTITION_MESSAGES:
            return lines
        rest = len(lines) - MAX_PARTITION_MESSAGES
        return lines[:MAX_PARTITION_MESSAGES] + [f"... {rest} more line(s) of this partition not printed "
                                                 "(every reject is in the rejects table: crisisdesk rejects)"]


# -- merging per-partition SQLite files ------------------------------------------------

_ARTICLE_COLUMNS = [c.key for c in ArticleRow.__table__.columns if c.key not in ("article_key",)]
_MENTION_COLUMNS = [c.key for c in EventMentionRow.__table__.columns]
_REJECT_COLUMNS = [c.key for c in RejectRow.__table__.columns if c.key != "reject_id"]


def _columns(row: Any, names: list[str]) -> dict[str, Any]:
    return {name: getattr(row, _attr(type(row), name)) for name in names}


def _attr(model: type, column_key: str) -> str:
    for attr in model.__mapper__.column_attrs:  # type: ignore[attr-defined]
        if attr.columns[0].key == column_key:
            return attr.key
    return column_key


def merge_database(source_url: str, target: Engine, run_id: int | None, recode: bool = False) -> dict[str, Any]:
    """Copy the articles, event mentions and rejects of the database ``source_url``
    into ``target`` in one transaction, with the repository's revision rule; events
    are not copied (``article_ids`` returned for consolidation). Idempotent.
    ``recode`` (``crisisdesk backfill --recode``): an article whose text is the latest
    stored revision's gets the partition's mentions instead of its stored ones
    (``repository.replace_mentions``, as ``crisisdesk run --recode``).

    Returns ``{"articles": n, "revisions": n, "recoded": n, "unchanged": n, "mentions": n,
    "rejects": n, "truncated": n, "article_ids": [...], "reject_lines": [...]}``;
    ``unchanged``: articles whose text the target already held (stored by an earlier
    partition of the same input, a duplicate record, or by an earlier run), which
    ``pipeline.run`` counts as unchanged too; ``truncated``: cut-off copies of a complete
    article the target holds (an earlier partition's or run's), not stored but recorded
    as ``truncated_copy`` rejects (also counted in ``rejects``), whose lines
    (``rejected PATH:LINE: truncated_copy (...)``) are in ``reject_lines`` for the
    caller to print.
    """
    source = make_engine(source_url)
    counts: dict[str, Any] = {"articles": 0, "revisions": 0, "recoded": 0, "unchanged": 0, "mentions": 0,
                              "rejects": 0, "truncated": 0, "article_ids": [], "reject_lines": []}

    def partition_mentions(row: ArticleRow, revision: int) -> list[dict[str, Any]]:
        """The partition's mentions of ``row`` as row values of ``revision`` in the target."""
        values = []
        for mention in src.scalars(select(EventMentionRow).where(
                EventMentionRow.article_id == row.article_id,
                EventMentionRow.article_revision == row.revision)).all():
            data = _columns(mention, _MENTION_COLUMNS)
            # stamped now, in input order, as one run stores them: consolidation
            # reads an event's stored mentions in ``created_at`` order
            data.update(event_id=None, article_revision=revision, run_id=run_id,
                        created_at=repository.utcnow())
            values.append(data)
        return values

    try:
        with Session(source) as src, Session(target) as dst, dst.begin():
            for row in src.scalars(select(ArticleRow).order_by(ArticleRow.article_key)).yield_per(500):
                known = dst.scalar(select(ArticleRow.revision).where(
                    ArticleRow.article_id == row.article_id,
                    ArticleRow.content_hash == row.content_hash).limit(1))
                if known is not None:
                    latest = dst.scalar(select(func.max(ArticleRow.revision)).where(
                        ArticleRow.article_id == row.article_id))
                    if recode and known == latest:
                        replace = partition_mentions(row, known)
                        repository.replace_mentions(dst, row.article_id, replace)
                        counts["recoded"] += 1
                        counts["mentions"] += len(replace)
                        counts["article_ids"].append(row.article_id)
                    else:
                        counts["unchanged"] += 1
                    continue
                latest_row = dst.execute(select(ArticleRow.revision, ArticleRow.notes).where(
                    ArticleRow.article_id == row.article_id).order_by(ArticleRow.revision.desc()).limit(1)).first()
                latest = latest_row.revision if latest_row is not None else None
                if latest_row is not None and not repository.may_supersede(row.notes or [], latest_row.notes or []):
                    # a cut-off copy of a complete stored article (repository rule): not
                    # stored, and reported as ``pipeline.run`` reports it (before, the
                    # merge skipped it without a word)
                    item = truncated_copy_reject(row, latest_row.revision)
                    if not _reject_known(dst, item):
                        dst.add(RejectRow(run_id=run_id, created_at=repository.utcnow(), uri=item.uri,
                                          line=item.line, offset=item.offset, stage=item.stage,
                                          reason=item.reason, detail=item.detail))
                        counts["truncated"] += 1
                        counts["rejects"] += 1
                        counts["reject_lines"].append(
                            f"rejected {reject_location(item)}: {item.reason} ({item.detail})")
                    continue
                revision = 1 if latest is None else latest + 1
                if latest is not None:
                    dst.execute(update(ArticleRow).where(ArticleRow.article_id == row.article_id)
                                .values(is_latest=False))
                    # superseded mentions go; their events are re-summarised or deleted
                    withdraw_article_mentions(dst, row.article_id)
                    counts["revisions"] += 1
                values = _columns(row, _ARTICLE_COLUMNS)
                values.update(revision=revision, is_latest=True, run_id=run_id,
                              cluster_id=None, minhash=None)
                dst.add(ArticleRow(**{_attr(ArticleRow, k): v for k, v in values.items()}))
                counts["articles"] += 1
                counts["article_ids"].append(row.article_id)
                for data in partition_mentions(row, revision):
                    dst.merge(EventMentionRow(**{_attr(EventMentionRow, k): v for k, v in data.items()}))
                    counts["mentions"] += 1
                dst.flush()
            for reject in src.scalars(select(RejectRow).order_by(RejectRow.reject_id)):
                if _reject_known(dst, reject):
                    continue
                data = _columns(reject, _REJECT_COLUMNS)
                data["run_id"] = run_id
                dst.add(RejectRow(**data))
                counts["rejects"] += 1
    finally:
        source.dispose()
    return counts


def _same(column, value):
    return column.is_(None) if value is None else column == value


def _reject_known(dst: Session, reject: RejectRow | Reject) -> bool:
    """Whether the target already holds this reject (same place, stage and reason):
    merging a partition twice adds none."""
    return dst.scalar(select(RejectRow.reject_id).where(
        RejectRow.uri == reject.uri, RejectRow.stage == reject.stage, RejectRow.reason == reject.reason,
        _same(RejectRow.line, reject.line), _same(RejectRow.offset, reject.offset)).limit(1)) is not None


def truncated_copy_reject(row: ArticleRow, kept_revision: int) -> Reject:
    """The ``truncated_copy`` Reject of a partition's article ``row`` that the merge does
    not store, located as ``pipeline.run`` locates it (:func:`pipeline.reject_of_document`):
    a JSONL line as ``PATH#line=N`` with ``line``; a WARC record as the archive file, the
    page's URL and ``WARC-Record-ID`` leading the detail (the stored article keeps no
    record offset); any other input by its source URI."""
    detail = (f"HTML cut off in its body; revision {kept_revision} of article {row.article_id[:12]} "
              "is complete and stays the latest")
    uri, line = row.source_uri, None
    if "#line=" in uri and uri.rsplit("#line=", 1)[1].isdigit():
        line = int(uri.rsplit("#line=", 1)[1])
    container = (row.metadata_ or {}).get("container") or {}
    if container.get("warc_path"):
        record = f" {container['warc_record_id']}" if container.get("warc_record_id") else ""
        detail = f"{row.source_uri}{record}: {detail}"
        uri = str(container["warc_path"])
    return Reject(uri=uri, stage="store", reason="truncated_copy", detail=detail, line=line)


def adopt_partition_runs(engine: Engine, run_id: int, partition_runs: list[int]) -> int:
    """With a server database each partition's ``pipeline.run`` writes straight into the
    target under a run of its own, so ``crisisdesk rejects --run <backfill id>`` listed
    nothing (with SQLite the merge gives every copied row the backfill's run). The
    rejects, articles and event mentions of the partitions' runs (``partition_runs``) are
    given to the backfill's ``run_id`` here, so both stores answer alike; the partitions'
    own runs stay in ``runs`` with their counts. Returns the rejects moved."""
    if not partition_runs:
        return 0
    with Session(engine) as session, session.begin():
        moved = session.execute(update(RejectRow).where(RejectRow.run_id.in_(partition_runs))
                                .values(run_id=run_id)).rowcount
        for model in (ArticleRow, EventMentionRow):
            session.execute(update(model).where(model.run_id.in_(partition_runs)).values(run_id=run_id))
    return moved or 0


def consolidate_articles(engine: Engine, article_ids: list[str]) -> int:
    """Consolidate the event mentions of ``article_ids`` (input order, stored and
    unchanged ones, as ``RunSummary.article_ids`` lists them) into events in ``engine``
    with ``consolidate.consolidate_stored``: the same batches, in the same order, as one
    ``pipeline.run`` over the same input, so the events are the same whatever the
    partitioning and the order partitions finished in (a batch reads only consolidated
    articles and existing events). Returns events created."""
    from crisisdesk.consolidate import consolidate_stored

    return len(consolidate_stored(engine, article_ids).events_created)


# -- the backfill -------------------------------------------------------------------------

def local_cluster(workers: int):
    """A Dask ``LocalCluster`` of ``workers`` processes (one thread each) on the loopback
    interface, without the Bokeh dashboard.

    ``dashboard_address=None`` does not do that in distributed (2026.8 here): the
    scheduler always starts its HTTP server, on port 8787 of the machine's address
    (dask/distributed issue 7207, open). So the dashboard is switched off explicitly
    (``dashboard=False``), the HTTP server gets no routes at all and listens on a free
    loopback port, and workers start none. The caller closes the cluster."""
    import dask
    from dask.distributed import LocalCluster

    with dask.config.set({"distributed.scheduler.http.routes": []}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            host="127.0.0.1", dashboard_address="127.0.0.1:0",
                            scheduler_kwargs={"dashboard": False}, worker_dashboard_address=None)



#: Seconds a local worker process is given to exit when the backfill ends.
WORKER_EXIT_SECONDS = 60.0


def close_cluster(client: Any | None, cluster: Any | None) -> None:
    """Close the ``client`` and, when the backfill started it, the local ``cluster``.
    :func:`backfill` calls it as soon as the last partition is done (before merging and
    consolidating), and again, with nothing left to close, on the way out.

    ``LocalCluster.close`` gives each worker process 4 s (0.8 of the nanny's default
    5 s, distributed 2026.8 ``Nanny.kill``) to exit and then kills it with the warning
    "Worker process still alive after 4.0 seconds, killing", printed at the end of every
    backfill on a busy machine: a worker holding the spaCy pipeline takes longer to
    exit. So the workers are first closed here with :data:`WORKER_EXIT_SECONDS` each
    (they exit as soon as they can; the wait is not slept), then the cluster, which then
    has no worker left to kill. A scheduler given by address (``--scheduler``) is not
    the backfill's and is left running."""
    if client is not None:
        client.close()
    if cluster is None:
        return
    try:
        cluster.sync(_close_workers, cluster, WORKER_EXIT_SECONDS)
    finally:
        cluster.close()


async def _close_workers(cluster: Any, timeout: float) -> None:
    import asyncio

    await asyncio.gather(*(worker.close(timeout=timeout, reason="backfill-finished")
                           for worker in list(cluster.workers.values())))


def _is_server(url: str) -> bool:
    return not url.startswith("sqlite")


def backfill(paths: list[str | Path], *, workers: int = 2, scheduler: str | None = None,
             db: str | None = None, workdir: Path | None = None, options: RunOptions | None = None,
             partition_bytes: int = DEFAULT_PARTITION_BYTES,
             on_progress: Callable[[PartitionResult, int, int], None] | None = None,
             err: TextIO | None = None) -> BackfillSummary:
    """Run the pipeline over ``paths`` on a Dask cluster and store into ``db``.

    ``workers``: processes of the local cluster (ignored with ``scheduler``);
    ``workdir``: where per-partition SQLite files go (default ``<db file>.parts``);
    ``on_progress(result, done, total)`` is called as partitions finish; ``err``
    (default stderr) gets each finished partition's reject lines and notes, as
    ``crisisdesk run`` prints them (``rejected PATH:LINE: reason (detail)``).

    Counts without a server database: ``stored``, ``unchanged``, ``recoded`` and
    ``mentions`` are the merge's (what reached the target), not the sums of the
    partitions' own runs, which each started from an empty file: a record present twice
    in the input (in two partitions) or already in the target was counted "stored" by
    each partition ("stored 4" for 3 articles); it is now stored once and counted
    ``unchanged``, as one ``pipeline.run`` counts it.

    Returns a :class:`BackfillSummary`. Raises ``ValueError``/``FileNotFoundError``
    for unusable inputs before any work starts.
    """
    from dask.distributed import Client, as_completed

    options = options or RunOptions(command="backfill")
    started = time.perf_counter()
    target_url = resolve_db_url(db)
    target = open_database(target_url)
    partitions = plan_partitions(paths, workers, partition_bytes)
    server = _is_server(target_url)
    if not server:
        default_dir = Path(target_url.split("///", 1)[-1] + ".parts") if "///" in target_url else Path("backfill.parts")
        workdir = Path(workdir or default_dir)
        workdir.mkdir(parents=True, exist_ok=True)
    run_id = repository.start_run(target, "backfill", {
        "paths": [str(p) for p in paths], "workers": workers, "scheduler": scheduler,
        "partitions": len(partitions), "partition_bytes": partition_bytes, **options.to_json()})
    summary = BackfillSummary(partitions=len(partitions), run_id=run_id)
    totals: dict[str, int] = {}

    def part_url(p: Partition) -> str:
        if server:
            return target_url
        part = workdir / f"part-{p.index:05d}.db"  # type: ignore[operator]
        part.unlink(missing_ok=True)  # a partition always starts from an empty file
        for suffix in ("-wal", "-shm"):
            Path(str(part) + suffix).unlink(missing_ok=True)
        return f"sqlite:///{part.resolve()}"

    # the target's imported gazetteer places, when it has any, are read by each worker
    from crisisdesk.annotate.annotator import has_imported_places  # spaCy: imported on use

    gazetteer_url = target_url if has_imported_places(target) else None
    cluster = None
    client = None
    status = "failed"
    try:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = local_cluster(workers)
            client = Client(cluster)
        futures = [client.submit(run_partition, p, part_url(p), options, gazetteer_url, pure=False,
                                 key=f"crisisdesk-partition-{p.index}-{time.time_ns()}")
                   for p in partitions]
        results: dict[int, PartitionResult] = {}
        for done, future in enumerate(as_completed(futures), start=1):
            result: PartitionResult = future.result()
            results[result.partition.index] = result
            for key, value in result.counts.items():
                totals[key] = totals.get(key, 0) + value
            for line in result.messages:
                print(line, file=err or sys.stderr)
            if on_progress:
                on_progress(result, done, len(partitions))
        # every partition is done: the workers are closed before the merge and the
        # consolidation, which run here and can take minutes; idle workers kept
        # heartbeating the scheduler all that time, and one heartbeat that failed while
        # this process was busy printed a traceback after a successful backfill
        close_cluster(client, cluster)
        client = cluster = None
        merged: dict[str, int] = {"articles": 0, "revisions": 0, "recoded": 0, "unchanged": 0, "mentions": 0,
                                  "rejects": 0, "truncated": 0}
        article_ids: list[str] = []
        for index in sorted(results):  # input order
            article_ids += results[index].article_ids
            if not server:
                counts = merge_database(results[index].db_url, target, run_id, recode=options.recode)
                counts.pop("article_ids")
                for line in counts.pop("reject_lines"):
                    print(line, file=err or sys.stderr)
                for key, value in counts.items():
                    merged[key] += value
        summary.merged = merged
        if not server:  # what reached the target (see the docstring)
            totals.update(stored=merged["articles"], recoded=merged["recoded"], mentions=merged["mentions"],
                          unchanged=totals.get("unchanged", 0) + merged["unchanged"],
                          rejected=totals.get("rejected", 0) + merged["truncated"])
        else:
            adopt_partition_runs(target, run_id, [r.run_id for r in results.values() if r.run_id is not None])
        summary.events_created = consolidate_articles(target, article_ids)
        status = "finished"
    finally:
        close_cluster(client, cluster)
        summary.counts = totals
        summary.seconds = time.perf_counter() - started
        repository.finish_run(target, run_id, {**totals, **{f"merged_{k}": v for k, v in summary.merged.items()},
                                               "events_created": summary.events_created,
                                               "seconds": round(summary.seconds, 2)}, status=status)
    return summary
