"""Recording evaluation runs in the ``eval_runs`` table and listing them.

Each run keeps the crisisdesk version, the model names and versions, the data file's
SHA-256, the options and the summary scores, so figures can be compared over time
(``crisisdesk eval history``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from crisisdesk.evaluation.runner import EvalResult
from crisisdesk.store.models import EvalRunRow


def record_run(engine: Engine, result: EvalResult) -> int:
    """Store ``result`` (without per-item details) in ``eval_runs``; returns its id."""
    row = EvalRunRow(
        kind=result.kind,
        data_path=result.data_path,
        data_hash=result.data_hash,
        crisisdesk_version=str(result.models.get("crisisdesk", "")),
        models=result.models,
        options=result.options,
        scores={**result.summary, "elapsed_s": result.elapsed_s, "problems": len(result.problems)},
        created_at=datetime.now(timezone.utc),
    )
    with Session(engine) as session, session.begin():
        session.add(row)
        session.flush()
        return row.eval_id


def list_runs(engine: Engine, *, kind: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The most recent ``limit`` runs (newest first), optionally of one ``kind``, as dicts."""
    query = select(EvalRunRow).order_by(EvalRunRow.eval_id.desc()).limit(limit)
    if kind:
        query = query.where(EvalRunRow.kind == kind)
    with Session(engine) as session:
        return [
            {
                "eval_id": r.eval_id,
                "created_at": r.created_at.isoformat() if r.created_at else None,
                "kind": r.kind,
                "data_path": r.data_path,
                "data_hash": r.data_hash,
                "crisisdesk_version": r.crisisdesk_version,
                "models": r.models,
                "options": r.options,
                "scores": r.scores,
            }
            for r in session.scalars(query)
        ]
