"""The JSON API (``/api/...``). Lists take ``limit`` (1-500) and ``offset`` and return
``{"total", "limit", "offset", "items"}``; unknown ids give 404; bad parameters 422
with a message naming the parameter, unknown parameters too (:func:`reject_unknown_query`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from crisisdesk.analysis.timeline import Unit, counts_as_happened
from crisisdesk.report.charts import period_counts, timeline_svg
from crisisdesk.store import queries
from crisisdesk.coding.ontology import load_ontology
from crisisdesk.store.names import country_alpha3, matching_names, stored_admin1_values
from crisisdesk.store.queries import EventFilter, QueryError, actor_spellings, parse_since, text_spellings
from crisisdesk.web import schemas
from crisisdesk.web.ingest import IngestRejected, raw_document
from crisisdesk.web.security import require_token

MAX_LIMIT = 500


def reject_unknown_query(request: Request) -> None:
    """422 naming a query parameter the matched route does not take, with the ones it
    does: FastAPI ignores unknown parameters, so ``/api/events?text=drone`` (the command
    line's ``--text``; the API's parameter is ``q``) or a misspelt ``contry=MLI`` returned
    every event as if unfiltered."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    accepted = sorted(_query_names(route.dependant))
    unknown = sorted(set(request.query_params) - set(accepted))
    if unknown:
        raise HTTPException(422, f"unknown query parameter(s) {', '.join(map(repr, unknown))}: "
                                 f"{request.url.path} takes {', '.join(accepted) or 'none'}"
                                 + ("; words of the evidence sentence are q" if "text" in unknown and "q" in accepted else ""))


def _query_names(dependant) -> set[str]:  # noqa: ANN001 (fastapi's Dependant)
    """The query parameter names of a route's dependant and all its sub-dependencies."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


router = APIRouter(dependencies=[Depends(reject_unknown_query)])


def event_filter(
    request: Request,
    country: Annotated[str | None, Query(description="ISO 3166-1 code or English country name, any case: MLI, Mali")] = None,
    admin1: Annotated[str | None, Query(description="admin1 name, case- and accent-insensitive "
                                                    "(Segou = Ségou), as the command line's --admin1")] = None,
    actor: Annotated[str | None, Query(description="part of an actor name or code")] = None,
    type: Annotated[str | None, Query(description="PLOVER type, ACLED event/sub-event type or CAMEO prefix")] = None,
    status: Annotated[list[str] | None, Query(description="one or more statuses")] = None,
    since: Annotated[str | None, Query(description="first event date: YYYY-MM-DD, or a period back from today such as 30d, 8w, 6m, 1y")] = None,
    until: Annotated[str | None, Query(description="last event date: YYYY-MM-DD or a period such as 7d")] = None,
    q: Annotated[str | None, Query(description="text in the evidence sentence, any case, accents optional")] = None,
) -> EventFilter:
    """Query parameters → ``EventFilter``; empty values (a submitted blank form field)
    mean "no filter"; invalid values → 422 with the reason (an unknown country or event
    type too: it matched nothing, silently). ``country`` is a code or a name
    (:func:`crisisdesk.store.names.country_alpha3`, as the command line's ``--country``). ``admin1`` becomes the
    stored spellings it stands for (:func:`crisisdesk.store.names.matching_names`, the
    rule of the command line's ``--admin1``): none matching gives no event."""
    dates = {}
    for name, value in (("since", since), ("until", until)):
        try:
            dates[name] = parse_since(value)
        except QueryError as exc:
            raise HTTPException(422, f"{name}: {exc}") from None
    try:
        # a code or an English name, any case, as the command line's --country ("Mali" was
        # refused with "must be an ISO 3166-1 alpha-3 code", while "XXX" was told to give a name)
        country = country_alpha3(country) if country and country.strip() else None
        if type:  # a word no vocabulary knows, or digits no CAMEO code starts with
            load_ontology().resolve_type_query(type)
    except ValueError as exc:  # an unknown country or type matches nothing: say so
        raise HTTPException(422, str(exc)) from None
    try:
        admin1_match = matching_names(admin1, stored_admin1_values(_engine(request))) if admin1 else None
        # accents optional and statuses in any case, as on the command line ("Goita" finds
        # "Goïta"; status=CLAIMED was refused)
        spellings = actor_spellings(_engine(request), actor) if actor and actor.strip() else ()
        return EventFilter(country=country or None, admin1=admin1_match, actor=actor or None,
                           actor_spellings=spellings, event_type=type or None,
                           status=tuple(s.strip().lower() for s in (status or []) if s.strip()),
                           text=q or None, text_spellings=text_spellings(_engine(request), q), **dates)
    except QueryError as exc:
        raise HTTPException(422, str(exc)) from None


Filter = Annotated[EventFilter, Depends(event_filter)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1-{MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


def _engine(request: Request):
    return request.app.state.engine


def event_page(request: Request, flt: EventFilter, limit: int, offset: int) -> schemas.EventPage:
    page = queries.page_events(_engine(request), flt, limit, offset)
    return schemas.EventPage(total=page.total, limit=limit, offset=offset,
                             items=[schemas.EventOut.model_validate(e.as_dict()) for e in page.items])


@router.get("/api/events", response_model=schemas.EventPage, tags=["events"])
def list_events(request: Request, flt: Filter, limit: Limit = 50, offset: Offset = 0):
    """Events matching the filters, newest first (undated last)."""
    return event_page(request, flt, limit, offset)


@router.get("/api/events/{event_id}", response_model=schemas.EventDetail, tags=["events"],
            responses={404: {"description": "no such event"}})
def get_event(request: Request, event_id: str):
    """One event with every mention (evidence sentence and surrounding text)."""
    event = queries.get_event(_engine(request), event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    mentions = queries.event_mentions(_engine(request), event_id)
    return schemas.EventDetail(event=schemas.EventOut.model_validate(event.as_dict()),
                               mentions=[schemas.MentionOut.model_validate(m.as_dict()) for m in mentions])


TimelineUnit = Annotated[Unit | None, Query(
    description="week (ISO, Monday start), month or year; default: the finest giving at most 16 "
                "periods from the first to the last dated event, as the report and the chart")]


@router.get("/api/timeline", response_model=schemas.TimelineOut, tags=["events"])
def timeline(request: Request, flt: Filter, unit: TimelineUnit = None):
    """Events per period and PLOVER type, by ISO week, month or year: ``unit`` when
    given, else the rule of the report and ``/api/timeline.svg``
    (:func:`crisisdesk.analysis.timeline.timeline_window`: at most 16 periods); the
    JSON names its ``unit``. Only events that
    :func:`~crisisdesk.analysis.timeline.counts_as_happened` (asserted or claimed) are
    counted, as in the report and ``crisisdesk situation``. ``weeks`` (deprecated) repeats
    ``labels`` when ``unit`` is ``week`` for clients written before ``unit`` existed."""
    data = period_counts(_happened_pairs(request, flt), unit)
    labels = data.labels()
    return schemas.TimelineOut(unit=data.unit, periods=data.periods, labels=labels, series=data.series,
                               weeks=labels if data.unit == "week" else None,
                               coarse=[schemas.CoarseCount(period=label, type=kind, count=n)
                                       for label, kind, n in data.coarse_labels()])


def _happened_pairs(request: Request, flt: EventFilter):
    """``(event_date, PLOVER type, time_precision)`` of the matching events that
    :func:`~crisisdesk.analysis.timeline.counts_as_happened`."""
    return ((e.event_date, e.event_type, e.time_precision)
            for e in queries.iter_events(_engine(request), flt, ordered=False) if counts_as_happened(e))


@router.get("/api/timeline.svg", tags=["events"], response_class=Response,
            responses={200: {"content": {"image/svg+xml": {}}}})
def timeline_chart(request: Request, flt: Filter, unit: TimelineUnit = None):
    """The timeline as an SVG stacked bar chart, by ``unit`` when given, else by ISO
    week, month or year as the report's (:func:`crisisdesk.report.charts.period_counts`:
    at most 16 bars); asserted and claimed events only, as ``/api/timeline``."""
    data = period_counts(_happened_pairs(request, flt), unit)
    return Response(timeline_svg(data), media_type="image/svg+xml")


@router.get("/api/facets", response_model=schemas.FacetsOut, tags=["events"])
def facets(request: Request, flt: Filter):
    """Values for the dashboard's filters, with counts under the current filters."""
    engine = _engine(request)
    return schemas.FacetsOut(**{c: queries.facet_values(engine, c, flt) for c in
                                ("country", "admin1", "event_type", "acled_event_type", "status")})


@router.get("/api/articles", response_model=schemas.ArticlePage, tags=["articles"])
def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0):
    """Stored articles (latest revisions), newest first, with their mention counts."""
    page = queries.page_articles(_engine(request), limit, offset)
    return schemas.ArticlePage(total=page.total, limit=limit, offset=offset,
                               items=[schemas.ArticleSummary.model_validate(a) for a in page.items])


@router.get("/api/articles/{article_id}", response_model=schemas.ArticleDetail, tags=["articles"],
            responses={404: {"description": "no such article"}})
def get_article(request: Request, article_id: str):
    """An article's text and the mentions coded from it (offsets into ``text``)."""
    article = queries.get_article(_engine(request), article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    mentions = queries.article_mentions(_engine(request), article_id)
    return schemas.ArticleDetail(**{k: article[k] for k in schemas.ArticleDetail.model_fields if k in article},
                                 mentions=[schemas.MentionOut.model_validate(m.as_dict()) for m in mentions])


@router.get("/api/actors", response_model=schemas.ActorPage, tags=["actors"])
def list_actors(request: Request, flt: Filter, limit: Limit = 50, offset: Offset = 0):
    """Actors in the matching events, one entry per actor (the actor network's
    identities: a dictionary actor and the codes and names that stand for it), with how
    often each is source and target."""
    page = queries.actor_summaries(_engine(request), flt, limit, offset)
    return schemas.ActorPage(total=page.total, limit=limit, offset=offset,
                             items=[schemas.ActorSummary.model_validate(a) for a in page.items])


@router.get("/api/actors/{name}", response_model=schemas.ActorDetail, tags=["actors"],
            responses={404: {"description": "no such actor"}})
def get_actor(request: Request, name: str, limit: Limit = 50, offset: Offset = 0):
    """One actor (its label, identity key or any name it goes by, case-insensitive:
    "Mali MIL" finds "Malian Armed Forces" when both are one actor) and the events it
    takes part in under any of its names."""
    found = queries.actor_detail(_engine(request), name, limit, offset)  # one read of the events
    if found is None:
        raise HTTPException(404, f"no actor named {name!r}")
    actor, page = found
    events = schemas.EventPage(total=page.total, limit=limit, offset=offset,
                               items=[schemas.EventOut.model_validate(e.as_dict()) for e in page.items])
    return schemas.ActorDetail(actor=schemas.ActorSummary.model_validate(actor), events=events)


@router.get("/api/status", response_model=schemas.StatusOut, tags=["meta"])
def status(request: Request):
    """When data last changed (UTC), how many events, whether writes are allowed."""
    engine = _engine(request)
    return schemas.StatusOut(last_updated=queries.last_updated(engine),
                             events=queries.count_events(engine), read_only=not request.app.state.token)


@router.post("/api/articles", response_model=schemas.IngestOut, status_code=201, tags=["articles"],
             dependencies=[Depends(require_token)],
             responses={401: {"description": "no token"}, 403: {"description": "read-only server or wrong token"},
                        422: {"description": "invalid body or article rejected"}})
@router.post("/articles", response_model=schemas.IngestOut, status_code=201, include_in_schema=False,
             dependencies=[Depends(require_token)])
def post_article(request: Request, body: schemas.IngestIn):
    """Code and store one article (needs the server's token)."""
    raw = raw_document(body.text, body.title, body.url, body.published_at, body.language)
    try:
        result = request.app.state.ingestor.ingest(raw, recode=body.recode)
    except IngestRejected as exc:
        raise HTTPException(422, f"article rejected: {exc}") from None
    return schemas.IngestOut(**result)
