"""A host name that does not resolve (``dns_failure``): not retried within a fetch, no
further request to that host in the run, reported once per host, and a feed item that
failed so is fetched once more on a later poll, not five times. The resolver is
simulated by an httpx transport that raises what httpx raises for a name that does not
resolve (``ConnectError`` from ``socket.gaierror``): no network."""

from __future__ import annotations

import io
import socket

import httpx

from crisisdesk.pipeline import RunOptions, Stages, run
from crisisdesk.sources.dispatch import InputSource
from crisisdesk.sources.feeds import MAX_ATTEMPTS, settles
from crisisdesk.sources.http import Fetcher, FetchSettings
from crisisdesk.store.db import open_database

HOST = "news.does-not-resolve.example"


class Resolver(httpx.BaseTransport):
    """Every request for :data:`HOST` fails as an unknown name; counts the attempts."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts.append(str(request.url))
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as cause:
            raise httpx.ConnectError("[Errno -2] Name or service not known", request=request) from cause


def _fetcher(tmp_path, transport, **overrides) -> Fetcher:
    options = dict(raw_dir=tmp_path / "raw", min_interval=0, retries=3, backoff=0, timeout=1)
    return Fetcher(FetchSettings(**{**options, **overrides}), transport=transport)


def test_a_name_that_does_not_resolve_is_asked_once_per_run(tmp_path):
    resolver = Resolver()
    with _fetcher(tmp_path, resolver) as fetcher:
        outcomes = [fetcher.fetch(f"https://{HOST}/story/{i}") for i in range(3)]
        # before: robots.txt was tried 1 + 3 retries times for the first URL
        assert resolver.attempts == [f"https://{HOST}/robots.txt"]
        assert [o.reject.reason for o in outcomes] == ["dns_failure"] * 3
        assert f"{HOST} does not resolve" in outcomes[0].reject.detail
        fetcher.forget_unreachable_hosts()  # what watch does before each poll
        fetcher.fetch(f"https://{HOST}/story/0")
        assert len(resolver.attempts) == 2


def test_without_robots_the_pages_are_not_retried_either(tmp_path):
    resolver = Resolver()
    with _fetcher(tmp_path, resolver, respect_robots=False) as fetcher:
        first, second = (fetcher.fetch(f"https://{HOST}/story/{i}") for i in range(2))
    assert resolver.attempts == [f"https://{HOST}/story/0"]
    assert (first.reject.reason, second.reject.reason) == ("dns_failure", "dns_failure")
    assert "did not resolve for an earlier request" in second.reject.detail


def test_a_run_reports_the_failure_once_per_host_and_stores_every_reject(tmp_path):
    engine = open_database(str(tmp_path / "d.db"))
    urls = [f"https://{HOST}/story/{i}" for i in range(4)] + ["https://other.invalid.example/x"]
    err = io.StringIO()
    with _fetcher(tmp_path, Resolver()) as fetcher:
        summary = run(InputSource(urls, engine, fetcher=fetcher), engine, RunOptions(nlp=False), Stages(),
                      progress=False, err=err)
    lines = err.getvalue().splitlines()
    assert summary.rejected == 5
    assert [line.split(":")[0] + ":" + line.split(":")[1] for line in lines if "story/" in line] == [
        f"rejected https://{HOST}/story/0"]
    assert f"rejected 3 more URL(s) of {HOST}: dns_failure" in err.getvalue()
    assert sum("other.invalid.example" in line for line in lines) == 1
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from crisisdesk.store.models import RejectRow
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(RejectRow)
                              .where(RejectRow.reason == "dns_failure")) == 5


def test_a_feed_item_whose_host_does_not_resolve_is_tried_on_one_more_poll():
    assert not settles("dns_failure", 1)
    assert settles("dns_failure", 2)  # before: pending again until MAX_ATTEMPTS (5)
    assert not settles("timeout", 2) and settles("timeout", MAX_ATTEMPTS)


def test_a_name_that_did_not_resolve_is_asked_again_after_host_retry_after(tmp_path):
    """A long-lived fetcher that is not ``watch`` (nobody calls
    ``forget_unreachable_hosts``) kept the host refused for its whole life; now for
    ``host_retry_after`` seconds of its clock, robots.txt checked or not."""
    for respect_robots in (True, False):
        resolver, now = Resolver(), [0.0]
        fetcher = Fetcher(FetchSettings(raw_dir=tmp_path / "raw", min_interval=0, retries=0, backoff=0, timeout=1,
                                        host_retry_after=300.0, respect_robots=respect_robots),
                          transport=resolver, clock=lambda: now[0])
        with fetcher:
            fetcher.fetch(f"https://{HOST}/story/0")
            now[0] = 299.0
            fetcher.fetch(f"https://{HOST}/story/1")
            assert len(resolver.attempts) == 1, resolver.attempts
            now[0] = 300.0
            assert fetcher.fetch(f"https://{HOST}/story/2").reject.reason == "dns_failure"
            assert len(resolver.attempts) == 2, resolver.attempts
