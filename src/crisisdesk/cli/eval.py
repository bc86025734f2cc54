"""``crisisdesk eval KIND PATH``: score the system on independent data.

Kinds: ``gold`` (article-level gold files), ``acled`` (ACLED export notes), ``case2021``
(CASE 2021 Task 2 snippets), ``plover`` (PLOVER gold records), ``consolidation``
(false merges on ACLED notes); ``history`` lists recorded runs; ``all`` runs every kind
on the shared development sets and can rewrite the README's scores table.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from crisisdesk.cli import app, db_option
from crisisdesk.cli.console import output_console

eval_app = typer.Typer(help="Score crisisdesk against independent evaluation data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

DB_OPTION = typer.Option(None, "--db", help="Database URL or SQLite path for eval_runs (default: the global --db, CRISISDESK_DB or ./crisisdesk.db).")
JSON_OPTION = typer.Option(False, "--json", help="Print the full result as JSON instead of tables.")
REPORT_OPTION = typer.Option(None, "--report", help="Also write a Markdown report to this file.")
WORKERS_OPTION = typer.Option(None, "--workers", min=1, help="Worker processes (default: up to 2 CPUs).")
MODEL_OPTION = typer.Option(None, "--model", help="spaCy pipeline to load (default: CRISISDESK_SPACY_MODEL).")


class _RichProgress:
    """A rich progress bar on stderr implementing the runner's ``Progress`` protocol."""

    def __init__(self, console: Console) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
            console=console, transient=False,
        )
        self.task = None

    def start(self, total: int, description: str) -> None:
        self.progress.start()
        self.task = self.progress.add_task(escape(description), total=total)  # TextColumn reads markup

    def advance(self) -> None:
        self.progress.advance(self.task)

    def stop(self) -> None:
        self.progress.stop()


def _settings(workers: int | None, model: str | None, progress):
    from crisisdesk.evaluation.runner import EvalSettings
    from crisisdesk.evaluation.system import default_workers

    options = {"spacy_model": model} if model else {}
    return EvalSettings(pipeline_options=options, workers=workers or default_workers(), progress=progress)


def _print_result(console: Console, result) -> None:
    from crisisdesk.evaluation.report import gazetteer_data_warning, headline

    table = Table(title=Text(f"crisisdesk eval {result.kind}: {result.data_path}"))  # paths and data are text, never markup
    table.add_column("measure")
    table.add_column("value", justify="right")
    for measure, value in headline(result):
        table.add_row(Text(measure), Text(value))
    console.print(table)
    s = result.summary
    if result.kind == "acled":
        _print_confusion(console, s["event_type"]["confusion"], "event_type confusion (rows gold, columns predicted)")
    elif result.kind == "plover":
        _print_confusion(console, s["type"]["confusion"], "PLOVER type confusion (rows gold, columns predicted)")
    elif result.kind == "case2021":
        console.print(Text(f"Best published system: {s['best_published_weighted_f1']:.3f} weighted F1 (CASE 2021 Task 2)."))
    elif result.kind == "gold":
        _print_gold_lists(console, result)
    if result.problems:
        console.print(Text.assemble((f"{len(result.problems)} problem(s)", "yellow"), f", first: {result.problems[0]}"))
    warning = gazetteer_data_warning(result.models)
    if warning:
        console.print(Text(f"warning: {warning}", style="yellow"))


def _print_confusion(console: Console, confusion: dict, title: str) -> None:
    predicted = sorted({p for row in confusion.values() for p in row})
    table = Table(title=title, show_lines=False)
    table.add_column("gold")
    for p in predicted:
        table.add_column(Text(p[:14]), justify="right")
    for g in sorted(confusion):
        table.add_row(Text(g), *[str(confusion[g].get(p, "")) for p in predicted])
    console.print(table)


def _print_gold_lists(console: Console, result) -> None:
    table = Table(title="misses and spurious events")
    for col in ("article", "kind", "what", "evidence"):
        table.add_column(col)
    for d in result.details:
        name = Path(d["gold_path"]).name.removesuffix(".gold.json")
        for e in d["events"]:
            if not e["matched"] and e["required"]:
                table.add_row(Text(name), "missed", Text(e["id"]), Text(e["evidence"]))
        for x in d["spurious"]:
            table.add_row(Text(name), "spurious", Text(f"{x['type']} {x['source']}→{x['target']} ({x['status']})"),
                          Text(x["evidence"][:120]))
        for x in d["violations"]:
            table.add_row(Text(name), "not_event violation", Text(x["type"]), Text(x["not_event"]))
    if table.row_count:
        console.print(table)


def _finish(result, *, as_json: bool, report: Path | None, db: str | None) -> None:
    from crisisdesk.evaluation.history import record_run
    from crisisdesk.evaluation.report import markdown_report
    from crisisdesk.store.db import open_database

    eval_id = record_run(open_database(db), result)
    if report:
        Path(report).write_text(markdown_report(result), encoding="utf-8")
    if as_json:
        sys.stdout.write(json.dumps({"eval_id": eval_id, **result.to_dict()}, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        console = output_console()
        _print_result(console, result)
        console.print(Text(f"recorded as eval run {eval_id}" + (f"; report written to {report}" if report else "")))


def _run(func, *args, as_json: bool, report: Path | None, db: str | None, workers, model, **kwargs) -> None:
    from crisisdesk.evaluation.acled import AcledFormatError
    from crisisdesk.evaluation.case2021 import CaseFormatError
    from crisisdesk.evaluation.gold import GoldFormatError
    from crisisdesk.evaluation.plover import PloverFormatError

    err = Console(stderr=True)
    progress = _RichProgress(err)
    try:
        result = func(*args, _settings(workers, model, progress), **kwargs)
    except (AcledFormatError, CaseFormatError, GoldFormatError, PloverFormatError, FileNotFoundError) as exc:
        err.print(Text.assemble(("error:", "red"), f" {exc}"), soft_wrap=True)
        raise typer.Exit(2)
    except NotImplementedError as exc:
        err.print(Text.assemble(("not available:", "red"), f" {exc}"), soft_wrap=True)
        raise typer.Exit(3)
    finally:
        progress.stop()
    _finish(result, as_json=as_json, report=report, db=db)


@eval_app.command("gold")
def eval_gold(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="A *.gold.json file or a directory of them."),
    as_json: bool = JSON_OPTION, report: Optional[Path] = REPORT_OPTION, db: Optional[str] = DB_OPTION,
    workers: Optional[int] = WORKERS_OPTION, model: Optional[str] = MODEL_OPTION,
) -> None:
    """Article-level gold files: required-event recall, spurious events, field accuracy."""
    from crisisdesk.evaluation.runner import evaluate_gold

    _run(evaluate_gold, path, as_json=as_json, report=report, db=db_option(ctx, db), workers=workers, model=model)


@eval_app.command("acled")
def eval_acled(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="An ACLED CSV export (wide or long format)."),
    sample: Optional[int] = typer.Option(None, "--sample", min=1, help="Score a random sample of N events."),
    seed: int = typer.Option(0, "--seed", help="Random seed of --sample."),
    country: Optional[str] = typer.Option(None, "--country", help="Only events of this country (name or ISO alpha-3)."),
    geocoding: bool = typer.Option(True, "--geocoding/--no-geocoding", help="Also score the annotation stage's toponym geocoding."),
    split: str = typer.Option("all", "--split", help="all, held-out or in-sample: events the ACLED classifier was (not) trained on. "
                              "The headline figures are always over held-out events; in-sample ones are reported apart."),
    as_json: bool = JSON_OPTION, report: Optional[Path] = REPORT_OPTION, db: Optional[str] = DB_OPTION,
    workers: Optional[int] = WORKERS_OPTION, model: Optional[str] = MODEL_OPTION,
) -> None:
    """ACLED notes coded as articles: event types, actors, location, date, fatalities."""
    from crisisdesk.evaluation.runner import evaluate_acled

    if split not in {"all", "held-out", "in-sample"}:
        raise typer.BadParameter(f"--split must be all, held-out or in-sample, not {split!r}")
    _run(evaluate_acled, path, as_json=as_json, report=report, db=db_option(ctx, db), workers=workers, model=model,
         sample=sample, seed=seed, country=country, geocoding=geocoding, split=split)


@eval_app.command("case2021")
def eval_case2021(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="TSV id<TAB>EventSnippet[<TAB>SubType]."),
    labels: Optional[Path] = typer.Option(None, "--labels", help="Labels id<TAB>SubType for a 2-column input."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", help="Write id<TAB>label predictions here."),
    as_json: bool = JSON_OPTION, report: Optional[Path] = REPORT_OPTION, db: Optional[str] = DB_OPTION,
    workers: Optional[int] = WORKERS_OPTION, model: Optional[str] = MODEL_OPTION,
) -> None:
    """CASE 2021 Task 2 snippets: weighted F1 (official), macro F1, accuracy."""
    from crisisdesk.evaluation import case2021
    from crisisdesk.evaluation.runner import evaluate_case2021

    def run_and_write(p, settings, **kw):
        result = evaluate_case2021(p, settings, **kw)
        if predictions:
            case2021.write_predictions(result.details, predictions)
        return result

    _run(run_and_write, path, as_json=as_json, report=report, db=db_option(ctx, db), workers=workers, model=model, labels=labels)


@eval_app.command("plover")
def eval_plover(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="A PLOVER gold standard JSON file."),
    as_json: bool = JSON_OPTION, report: Optional[Path] = REPORT_OPTION, db: Optional[str] = DB_OPTION,
    workers: Optional[int] = WORKERS_OPTION, model: Optional[str] = MODEL_OPTION,
) -> None:
    """PLOVER gold records: event type accuracy and confusion, source/target codes."""
    from crisisdesk.evaluation.runner import evaluate_plover

    _run(evaluate_plover, path, as_json=as_json, report=report, db=db_option(ctx, db), workers=workers, model=model)


@eval_app.command("consolidation")
def eval_consolidation(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="An ACLED CSV export."),
    sample: Optional[int] = typer.Option(None, "--sample", min=1), seed: int = typer.Option(0, "--seed"),
    country: Optional[str] = typer.Option(None, "--country"),
    as_json: bool = JSON_OPTION, report: Optional[Path] = REPORT_OPTION, db: Optional[str] = DB_OPTION,
    workers: Optional[int] = WORKERS_OPTION, model: Optional[str] = MODEL_OPTION,
) -> None:
    """False-merge share when all ACLED notes are consolidated (distinct events merged)."""
    from crisisdesk.evaluation.runner import evaluate_consolidation

    _run(evaluate_consolidation, path, as_json=as_json, report=report, db=db_option(ctx, db), workers=workers, model=model,
         sample=sample, seed=seed, country=country)


@eval_app.command("history")
def eval_history(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, "--kind", help="Only runs of this kind."),
    limit: int = typer.Option(20, "--limit", min=1),
    as_json: bool = JSON_OPTION, db: Optional[str] = DB_OPTION,
) -> None:
    """List recorded evaluation runs, newest first."""
    from crisisdesk.evaluation.history import list_runs
    from crisisdesk.store.db import open_database

    runs = list_runs(open_database(db_option(ctx, db)), kind=kind, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(runs, ensure_ascii=False, default=str, indent=1) + "\n")
        return
    table = Table(title="evaluation runs")
    for col in ("id", "when (UTC)", "kind", "data", "sha256", "version", "model", "key score"):
        table.add_column(col)
    for r in runs:
        table.add_row(*(Text(str(cell)) for cell in (
            r["eval_id"], (r["created_at"] or "")[:19], r["kind"], Path(r["data_path"]).name, r["data_hash"][:12],
            r["crisisdesk_version"], f"{r['models'].get('spacy_model')} {r['models'].get('spacy_model_version')}",
            _key_score(r["kind"], r["scores"]))))
    output_console().print(table)


def _key_score(kind: str, scores: dict) -> str:
    from crisisdesk.evaluation.report import fmt_number, fmt_share

    try:
        if kind == "gold":
            return "recall " + fmt_share(scores["required_recall"]) + f", spurious {scores['spurious']}"
        if kind == "acled":
            return "event_type acc " + fmt_number(scores["event_type"]["accuracy"]) + ", sub wF1 " + fmt_number(scores["sub_event_type"]["weighted_f1"])
        if kind == "case2021":
            return "weighted F1 " + fmt_number(scores["classification"]["weighted_f1"])
        if kind == "plover":
            return "type acc " + fmt_number(scores["type"]["accuracy"]) + ", source " + fmt_share(scores["source_code"])
        if kind == "consolidation":
            return "false merges " + fmt_share(scores["false_merge"])
    except (KeyError, TypeError):
        pass
    return ""


@eval_app.command("all")
def eval_all(
    ctx: typer.Context,
    data: Path = typer.Option(Path("../shared/data"), "--data", help="The shared data directory."),
    readme: Optional[Path] = typer.Option(None, "--readme", help="Rewrite the scores table in this README."),
    report_dir: Optional[Path] = typer.Option(None, "--report-dir", help="Write one Markdown report per kind here."),
    acled_sample: Optional[int] = typer.Option(None, "--acled-sample", min=1, help="Score only a sample of ACLED events."),
    geocoding: bool = typer.Option(True, "--geocoding/--no-geocoding", help="Also score the annotation stage's toponym geocoding on ACLED."),
    db: Optional[str] = DB_OPTION, workers: Optional[int] = WORKERS_OPTION, model: Optional[str] = MODEL_OPTION,
) -> None:
    """Every kind on every shared development set (what ``make eval`` runs)."""
    from crisisdesk.evaluation import runner
    from crisisdesk.evaluation.history import record_run
    from crisisdesk.evaluation.report import markdown_report, scores_table, update_readme
    from crisisdesk.store.db import open_database

    acled_csv = data / "acled" / "acled_mali_2017_2019.csv"
    shared: dict = {}

    def acled_coding(settings):
        if "coding" not in shared:  # the notes are coded once for the acled and consolidation kinds
            shared["coding"] = runner.code_acled(acled_csv, settings, sample=acled_sample)
        return shared["coding"]

    jobs = [
        ("gold", lambda st: runner.evaluate_gold(data / "gold", st)),
        ("acled", lambda st: runner.evaluate_acled(acled_csv, st, coding=acled_coding(st), geocoding=geocoding)),
        ("consolidation", lambda st: runner.evaluate_consolidation(acled_csv, st, coding=acled_coding(st))),
        ("case2021", lambda st: runner.evaluate_case2021(data / "case2021" / "sample_input.txt", st,
                                                         labels=data / "case2021" / "sample_output.txt")),
        ("plover", lambda st: runner.evaluate_plover(data / "plover" / "plover_gsr_dev.json", st)),
    ]
    if readme is not None and not readme.is_file():
        Console(stderr=True).print(Text.assemble(("error:", "red"), f" {readme}: no such README to rewrite"))
        raise typer.Exit(2)
    engine = open_database(db_option(ctx, db))
    console, err = output_console(), Console(stderr=True)
    results = []
    for kind, job in jobs:
        progress = _RichProgress(err)
        try:
            result = job(_settings(workers, model, progress))
        finally:
            progress.stop()
        record_run(engine, result)
        results.append(result)
        _print_result(console, result)
        if report_dir:
            report_dir.mkdir(parents=True, exist_ok=True)
            (report_dir / f"eval-{kind}.md").write_text(markdown_report(result), encoding="utf-8")
    if readme:
        update_readme(readme, scores_table(results))
        console.print(Text(f"scores table rewritten in {readme}"))
