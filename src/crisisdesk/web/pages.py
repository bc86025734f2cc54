"""HTML pages: dashboard, event, article, actor, API docs. Server-rendered from the
same queries as the API; the map is drawn by ``static/map.js`` from the JSON API."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from crisisdesk.store import queries
from crisisdesk.store.queries import STATUSES, EventFilter, MentionView
from crisisdesk.web.api import MAX_LIMIT, event_filter

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 25


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    env = request.app.state.templates
    engine = request.app.state.engine
    context.setdefault("last_updated", queries.last_updated(engine))
    context.setdefault("read_only", not request.app.state.token)
    html = env.get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)


def filter_params(flt: EventFilter, admin1: str | None = None) -> dict[str, Any]:
    """The query parameters that give ``flt`` again; ``admin1`` is the name as the user
    typed it (the filter holds the stored spellings it matched, e.g. ``("Ségou",)``)."""
    if admin1 is None and isinstance(flt.admin1, str):
        admin1 = flt.admin1
    params = {"country": flt.country, "admin1": admin1, "actor": flt.actor,
              "type": flt.event_type, "since": flt.since, "until": flt.until, "q": flt.text}
    out = {k: str(v) for k, v in params.items() if v}
    if flt.status:
        out["status"] = list(flt.status)
    return out


def query_string(params: dict[str, Any], **extra: Any) -> str:
    merged = {**params, **{k: v for k, v in extra.items() if v is not None}}
    return urlencode(merged, doseq=True)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, flt: EventFilter = Depends(event_filter),
              offset: int = Query(0, ge=0)):
    engine = request.app.state.engine
    page = queries.page_events(engine, flt, PAGE_SIZE, offset)
    params = filter_params(flt, request.query_params.get("admin1") or None)
    facets = {c: queries.facet_values(engine, c) for c in ("country", "admin1", "event_type", "acled_event_type")}
    return render(
        request, "dashboard.html", page=page, flt=flt, facets=facets, statuses=STATUSES,
        api_query=query_string(params, limit=MAX_LIMIT), chart_query=query_string(params),
        prev_query=query_string(params, offset=max(0, offset - PAGE_SIZE)) if offset else None,
        next_query=query_string(params, offset=offset + PAGE_SIZE) if offset + PAGE_SIZE < page.total else None,
        tile_url=request.app.state.tile_url,
    )


def evidence_parts(m: MentionView) -> dict[str, str]:
    """Split the evidence sentence around its trigger for highlighting."""
    ev = m.evidence
    lo = hi = None
    if m.trigger_start is not None and m.trigger_end is not None:
        lo, hi = m.trigger_start - m.start_char, m.trigger_end - m.start_char
    if lo is None or not (0 <= lo < hi <= len(ev)):
        return {"before": ev, "trigger": "", "after": ""}
    return {"before": ev[:lo], "trigger": ev[lo:hi], "after": ev[hi:]}


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    engine = request.app.state.engine
    event = queries.get_event(engine, event_id)
    if event is None:
        return render(request, "not_found.html", status_code=404, what="event", ident=event_id)
    mentions = queries.event_mentions(engine, event_id)
    return render(request, "event.html", event=event,
                  mentions=[(m, evidence_parts(m)) for m in mentions], tile_url=request.app.state.tile_url)


def article_segments(text: str, mentions: list[MentionView]) -> list[tuple[str, MentionView | None]]:
    """The article text cut into ``(segment, mention or None)`` so evidence sentences
    can be highlighted; overlapping evidence keeps the first."""
    out: list[tuple[str, MentionView | None]] = []
    pos = 0
    for m in sorted(mentions, key=lambda m: (m.start_char, m.end_char)):
        if m.start_char < pos or m.end_char > len(text) or text[m.start_char:m.end_char] != m.evidence:
            continue
        if m.start_char > pos:
            out.append((text[pos:m.start_char], None))
        out.append((text[m.start_char:m.end_char], m))
        pos = m.end_char
    out.append((text[pos:], None))
    return out


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str):
    engine = request.app.state.engine
    article = queries.get_article(engine, article_id)
    if article is None:
        return render(request, "not_found.html", status_code=404, what="article", ident=article_id)
    mentions = queries.article_mentions(engine, article_id)
    return render(request, "article.html", article=article, mentions=mentions,
                  segments=article_segments(article["text"], mentions))


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, offset: int = Query(0, ge=0)):
    page = queries.actor_summaries(request.app.state.engine, EventFilter(), 100, offset)
    return render(request, "actors.html", page=page)


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor_page(request: Request, name: str, offset: int = Query(0, ge=0)):
    found = queries.actor_detail(request.app.state.engine, name, PAGE_SIZE, offset)
    if found is None:
        return render(request, "not_found.html", status_code=404, what="actor", ident=name)
    actor, page = found
    return render(request, "actor.html", actor=actor, page=page,
                  prev_offset=max(0, offset - PAGE_SIZE) if offset else None,
                  next_offset=offset + PAGE_SIZE if offset + PAGE_SIZE < page.total else None)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """API reference rendered from the OpenAPI schema (no external scripts)."""
    schema = request.app.openapi()
    return render(request, "docs.html", schema=schema)


