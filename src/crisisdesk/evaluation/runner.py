"""One function per evaluation kind: read the data, code it with the pipeline, score it.

Each ``evaluate_*`` function returns an :class:`EvalResult` (kind, data file and its
SHA-256, options, models, summary scores, per-item details, problems) that the CLI
prints, writes as JSON or Markdown, and records in the ``eval_runs`` table.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from crisisdesk.evaluation import acled, case2021, gold, plover
from crisisdesk.evaluation.actors import ActorAliases
from crisisdesk.evaluation.system import CodedItem, code_documents, raw_from_text
from crisisdesk.records import RawDocument


class Progress(Protocol):
    """Progress reporting: ``start(total, description)`` then ``advance()`` per item."""

    def start(self, total: int, description: str) -> None: ...

    def advance(self) -> None: ...


@dataclass
class EvalResult:
    """The outcome of one evaluation run (JSON-ready through :meth:`to_dict`)."""

    kind: str
    data_path: str
    data_hash: str
    options: dict[str, Any]
    summary: dict[str, Any]
    details: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    models: dict[str, Any] = field(default_factory=dict)
    elapsed_s: float = 0.0
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        return dict(vars(self))


@dataclass(frozen=True)
class EvalSettings:
    """Options shared by every kind: ``pipeline_options`` for ``RunOptions``, worker
    processes, and an optional progress reporter."""

    pipeline_options: dict[str, Any] = field(default_factory=dict)
    workers: int = 1
    progress: Progress | None = None


def sha256_of(paths: Sequence[Path]) -> str:
    """SHA-256 (hex) of one file's bytes; for several files, of their names and
    hashes in the given order."""
    if len(paths) == 1:
        return hashlib.sha256(Path(paths[0]).read_bytes()).hexdigest()
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).name.encode() + b"\0" + hashlib.sha256(Path(path).read_bytes()).hexdigest().encode() + b"\n")
    return digest.hexdigest()


def model_info(pipeline_options: dict[str, Any]) -> dict[str, Any]:
    """Names and versions of the models and data the run uses: crisisdesk, spaCy, the
    spaCy pipeline package (from the options, else ``CRISISDESK_SPACY_MODEL``) and
    ``gazetteer_data``, the GeoNames admin tables' package version
    (:func:`crisisdesk.annotate.gazetteer.gazetteer_data_version`; ``None`` when not
    installed, which changes admin1, admin2 and some places)."""
    from crisisdesk import __version__
    from crisisdesk.annotate.gazetteer import gazetteer_data_version
    from crisisdesk.config import Settings

    name = pipeline_options.get("spacy_model") or Settings.from_env().spacy_model
    info: dict[str, Any] = {"crisisdesk": __version__, "spacy_model": name,
                            "gazetteer_data": gazetteer_data_version()}
    for key, package in (("spacy", "spacy"), ("spacy_model_version", name)):
        try:
            info[key] = metadata.version(package)
        except metadata.PackageNotFoundError:
            info[key] = None
    return info


def _code(items: list[tuple[str, RawDocument]], settings: EvalSettings, description: str) -> list[CodedItem]:
    if settings.progress:
        settings.progress.start(len(items), description)
    hook = (lambda _item: settings.progress.advance()) if settings.progress else None
    return code_documents(items, options=settings.pipeline_options, workers=settings.workers, progress=hook)


def _result(kind: str, paths: Sequence[Path], options: dict, settings: EvalSettings, summary, details, problems, started,
            data_path: Path | None = None) -> EvalResult:
    """``paths``: every data file read (hashed together); ``data_path``: the name shown
    (default the first file)."""
    return EvalResult(
        kind=kind,
        data_path=str(data_path or paths[0]),
        data_hash=sha256_of(paths),
        options={**options, "workers": settings.workers, "pipeline": settings.pipeline_options},
        summary=summary,
        details=details,
        problems=problems,
        models=model_info(settings.pipeline_options),
        elapsed_s=round(time.monotonic() - started, 2),
    )


# ---------------------------------------------------------------------------- gold


def _gold_raw(article: gold.GoldArticle) -> RawDocument:
    """The gold's document as the file source reads it, fetched at ``reference_time``."""
    from crisisdesk.sources.files import DEFAULT_MAX_BYTES, read_file

    items = list(read_file(article.document, fetched_at=article.reference_time, max_bytes=DEFAULT_MAX_BYTES))
    documents = [i for i in items if isinstance(i, RawDocument)]
    if len(documents) != 1:
        reasons = "; ".join(getattr(i, "detail", "") or getattr(i, "reason", "") for i in items) or "no document"
        raise gold.GoldFormatError(f"{article.path}: document {article.document} did not give one article ({reasons})")
    return documents[0]


def evaluate_gold(path: Path, settings: EvalSettings = EvalSettings()) -> EvalResult:
    """Score the pipeline on every gold file under ``path`` (see :mod:`.gold`)."""
    started = time.monotonic()
    files = gold.gold_files(path)
    articles, problems, items = [], [], []
    for file in files:
        try:
            article = gold.load_gold(file)
            items.append((str(file), _gold_raw(article)))
            articles.append(article)
        except gold.GoldFormatError as exc:
            problems.append(str(exc))
    coded = _code(items, settings, "gold articles")
    aliases = ActorAliases.from_actor_dictionary()
    scores = []
    for article, item in zip(articles, coded):
        score = gold.score_article(article, item.article, item.mentions, aliases)
        score.error = item.error
        if item.error:
            problems.append(f"{article.document}: {item.error}")
        scores.append(score)
    documents = [a.document for a in articles if a.document.exists()]
    return _result("gold", [*files, *documents], {}, settings, gold.summarise(scores), [s.to_dict() for s in scores], problems, started,
                   data_path=Path(path))


# ---------------------------------------------------------------------------- ACLED


@dataclass
class AcledCoding:
    """ACLED notes coded once, shared by the ``acled`` and ``consolidation`` kinds:
    every event of the file, the selected ones, their ``CodedItem``s, problems met and
    the selection options."""

    path: Path
    events: list[acled.AcledEvent]
    selected: list[acled.AcledEvent]
    coded: list[CodedItem]
    problems: list[str]
    options: dict[str, Any]
    seconds: float


def acled_trained_on() -> Any:
    """``event_id -> bool``: whether the packaged ACLED classifier was trained on that
    event (:mod:`crisisdesk.coding.acled_model`); always False without a model."""
    from crisisdesk.coding.acled_model import load_acled_model

    model = load_acled_model()
    return model.trained_on if model is not None else (lambda _event_id: False)


def code_acled(
    path: Path, settings: EvalSettings = EvalSettings(), *, sample: int | None = None, seed: int = 0, country: str | None = None,
    split: str = "all",
) -> AcledCoding:
    """Read an ACLED export, select events (``country``, ``split`` held-out/in-sample
    for the ACLED classifier, ``sample``/``seed``) and code each cleaned ``notes`` text
    as an article published on its ``event_date``."""
    started = time.monotonic()
    events, problems = acled.load_acled(path)
    selected = acled.select_events(events, country=country, sample=sample, seed=seed, trained_on=acled_trained_on(), split=split)
    items = [
        (e.event_id, raw_from_text(acled.clean_notes(e.notes), uri=f"acled:{e.event_id}", published=e.event_date,
                                   title=f"ACLED event {e.event_id}", events_dated_by_publication=True))
        for e in selected
    ]
    coded = _code(items, settings, "ACLED notes")
    problems = problems + [f"{item.key}: {item.error}" for item in coded if item.error]
    options = {"sample": sample, "seed": seed, "country": country, "split": split}
    return AcledCoding(Path(path), events, selected, coded, problems, options, time.monotonic() - started)


def evaluate_acled(
    path: Path,
    settings: EvalSettings = EvalSettings(),
    *,
    sample: int | None = None,
    seed: int = 0,
    country: str | None = None,
    annotator: Any = None,
    coding: AcledCoding | None = None,
    geocoding: bool = True,
    split: str = "all",
) -> EvalResult:
    """Score the pipeline on an ACLED export (see :mod:`.acled`); ``coding`` reuses notes
    already coded by :func:`code_acled`. With ``geocoding`` (default), the annotation
    stage's toponym geocoding is scored too (``annotator``: an ``Annotator`` to use).
    The headline figures are over the events the packaged ACLED classifier was not
    trained on; in-sample events are summarised apart (:func:`.acled.summarise_by_split`)."""
    started = time.monotonic() - (coding.seconds if coding else 0.0)  # shared coding time counts
    coding = coding or code_acled(path, settings, sample=sample, seed=seed, country=country, split=split)
    aliases = ActorAliases.from_actor_dictionary()
    rows = [acled.score_event(event, item.mentions, aliases) for event, item in zip(coding.selected, coding.coded)]
    summary = acled.summarise_by_split(rows, acled_trained_on())
    summary["events_in_file"] = len(coding.events)
    geocoding_scores = _acled_geocoding(coding.selected, settings, annotator) if geocoding else None
    if geocoding_scores is not None:
        summary["geocoding"] = geocoding_scores
    return _result("acled", [coding.path], coding.options, settings, summary, rows, list(coding.problems), started)


def acled_geocoding_rows(events: list[acled.AcledEvent]) -> list[dict[str, str]]:
    """ACLED events as the column dicts ``score_acled_geocoding`` reads (``event_date``
    as ``30 December 2019``, the cleaned ``notes``); events without coordinates are left
    out (the score needs a point)."""
    return [
        {
            "event_id_cnty": e.event_id,
            "event_date": e.event_date.strftime("%d %B %Y"),
            "notes": acled.clean_notes(e.notes),
            "location": e.location,
            "latitude": str(e.latitude),
            "longitude": str(e.longitude),
            "admin1": e.admin1,
            "iso3": e.iso3,
        }
        for e in events
        if e.latitude is not None and e.longitude is not None
    ]


def _acled_geocoding(events: list[acled.AcledEvent], settings: EvalSettings, annotator: Any) -> dict[str, Any] | None:
    """Toponym geocoding scores of the annotation stage on the same notes (share of
    events whose location is found, within 25 km, right admin1, right country), from
    ``crisisdesk.evaluation.geocoding.score_acled_geocoding`` with the annotation stage's
    ``Annotator`` (``crisisdesk.annotate.load_annotator``); None when either is missing."""
    try:
        from crisisdesk.evaluation.geocoding import score_acled_geocoding  # type: ignore[import-not-found]
        from crisisdesk.annotate import load_annotator
    except ImportError:
        return None
    if annotator is None:
        annotator = load_annotator(settings.pipeline_options.get("spacy_model"))
    if settings.progress:
        settings.progress.start(1, "geocoding score (annotation stage)")
    scores = score_acled_geocoding(acled_geocoding_rows(events), annotator, n_process=settings.workers,
                                   with_focus=True)
    if settings.progress:
        settings.progress.advance()
    return scores


# ---------------------------------------------------------------------------- CASE 2021


def evaluate_case2021(path: Path, settings: EvalSettings = EvalSettings(), *, labels: Path | None = None) -> EvalResult:
    """Classify CASE 2021 Task 2 snippets and score them (see :mod:`.case2021`)."""
    started = time.monotonic()
    snippets = case2021.load_case(path, labels)
    now = datetime.now(timezone.utc)
    items = [(s.id, raw_from_text(s.text, uri=f"case2021:{s.id}", published=now, title=f"CASE 2021 snippet {s.id}")) for s in snippets]
    coded = _code(items, settings, "CASE 2021 snippets")
    rows, problems = [], []
    for snippet, item in zip(snippets, coded):
        if item.error:
            problems.append(f"{snippet.id}: {item.error}")
        rows.append({"id": snippet.id, "gold": snippet.label, "predicted": case2021.predict_label(item.mentions, text=snippet.text), "text": snippet.text})
    paths = [Path(path)] + ([Path(labels)] if labels else [])
    return _result("case2021", paths, {"labels": str(labels) if labels else None}, settings, case2021.score_rows(rows), rows, problems, started)


# ---------------------------------------------------------------------------- PLOVER


def evaluate_plover(path: Path, settings: EvalSettings = EvalSettings()) -> EvalResult:
    """Score the pipeline on PLOVER gold standard records (see :mod:`.plover`)."""
    started = time.monotonic()
    records, problems = plover.load_plover(path)
    items = [(r.id, raw_from_text(r.text, uri=f"plover:{r.id}", published=r.date, title=f"PLOVER record {r.id}")) for r in records]
    coded = _code(items, settings, "PLOVER records")
    rows = []
    for record, item in zip(records, coded):
        if item.error:
            problems.append(f"{record.id}: {item.error}")
        rows.append(plover.score_record(record, item.mentions))
    return _result("plover", [Path(path)], {}, settings, plover.summarise(rows), rows, problems, started)


# ---------------------------------------------------------------------------- consolidation


def evaluate_consolidation(
    path: Path,
    settings: EvalSettings = EvalSettings(),
    *,
    sample: int | None = None,
    seed: int = 0,
    country: str | None = None,
    coding: AcledCoding | None = None,
) -> EvalResult:
    """Code ACLED notes (or reuse ``coding``), consolidate all their mentions with the
    consolidation stage and score false merges (see :mod:`.consolidation`); also score
    the merging rules alone on ACLED's own coding of the same events."""
    from crisisdesk.evaluation.consolidation import default_consolidator, score_consolidation, score_reference

    started = time.monotonic() - (coding.seconds if coding else 0.0)
    consolidate = default_consolidator()
    coding = coding or code_acled(path, settings, sample=sample, seed=seed, country=country)
    by_event = {item.key: item.mentions for item in coding.coded if item.mentions}
    scores = score_consolidation(by_event, consolidate)
    scores["events"] = len(coding.selected)
    scores["events_with_mentions"] = len(by_event)
    # The merging rules alone: ACLED's own coding of the same events as mentions.
    scores["reference_coding"] = score_reference(coding.selected, consolidate)["false_merge"]
    return _result("consolidation", [coding.path], coding.options, settings, scores, [], list(coding.problems), started)
