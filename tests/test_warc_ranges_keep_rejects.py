"""A corrupt gzip member just past a byte range's end is reported once, by the range
whose last record it follows: ``crisisdesk backfill`` cuts archives into ranges, and the
next range starts by seeking the first real record, so before session 18's fix the
member was skipped without a reject when it began at or after the cut (found when the
two-worker backfill test was run on a smaller archive: the single run rejected the
member, the cluster did not)."""

from __future__ import annotations

import pytest

from crisisdesk.records import Reject
from crisisdesk.sources.warc import WarcReader
from tests.support.warcs import WarcBuilder, html_page

GARBAGE = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"not deflate data at all" * 3


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("warc") / "cut.warc.gz"
    w = WarcBuilder(path)
    for i in range(4):
        w.response(f"http://a.example.org/{i}", html_page(i))
    w.raw(GARBAGE)
    for i in range(4, 8):
        w.response(f"http://a.example.org/{i}", html_page(i))
    w.close()
    return path


def _items(path, start=0, end=None):
    return list(WarcReader(path, start=start, end=end))


def _corrupt_offsets(items) -> list[int]:
    return [i.offset for i in items if isinstance(i, Reject) and i.reason == "corrupt_record"]


def test_one_reader_rejects_the_member_once(archive):
    items = _items(archive)
    assert len(_corrupt_offsets(items)) == 1
    assert sum(not isinstance(i, Reject) for i in items) == 8


@pytest.mark.parametrize("shift", [-1, 0, 1, 200])
def test_two_ranges_cut_near_the_member_report_it_once(archive, shift):
    """Cut 1 byte before the member (inside the record before it), exactly at it, 1 byte
    into it, and past it: the two ranges together hold the same documents and the same
    one reject as a single reader (before the fix, cuts at -1 and 0 lost the reject)."""
    (member,) = _corrupt_offsets(_items(archive))
    cut = member + shift
    first, second = _items(archive, 0, cut), _items(archive, cut, None)
    assert _corrupt_offsets(first + second) == [member]
    urls = sorted(i.uri for i in first + second if not isinstance(i, Reject))
    assert urls == sorted(f"http://a.example.org/{i}" for i in range(8))
