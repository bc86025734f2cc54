"""Near-duplicate articles (syndicated copies, re-publications, updated versions) grouped
into story clusters with MinHash LSH (datasketch).

Method (Broder 1997, "On the resemblance and containment of documents"; LSH banding as
in Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*, ch. 3):

- the text is normalised (Unicode NFKC, lower case, punctuation dropped, whitespace
  collapsed) and cut into overlapping word 3-shingles ("jnim fighters attacked");
- a 128-permutation MinHash (seed 1, datasketch scheme ``affine32``) of the shingle set estimates the Jaccard similarity of two
  articles;
- ``MinHashLSH(threshold=0.5)`` proposes candidates; a candidate joins the story cluster
  only when the estimated Jaccard similarity is at least ``NEAR_DUPLICATE_JACCARD`` (0.5).
  A syndicated copy with a different headline and site chrome scores 0.7-1.0; an updated
  version with a changed death toll and an added paragraph 0.5-0.8; two different
  reports of the same attack written independently stay below 0.3.

A story cluster's id is the ``article_id`` of its first stored member; a new article joins
the cluster of its most similar earlier member. Signatures (the 128 hash values) are
stored in ``articles.minhash`` so later runs add articles without re-hashing the corpus.

The LSH index itself is persisted: the banding ``MinHashLSH(threshold=0.5)`` chooses
(25 bands of 5 hash values for 128 permutations) gives each article 25 band keys
(:func:`band_keys`, a 64-bit BLAKE2b hash of the band number and its values), stored in
``article_lsh_bands``; a new article's candidates are the stored articles sharing one of
its keys (the same candidates ``MinHashLSH.query`` returns), found by one indexed query
per batch, so adding an article costs the same whatever the size of the store.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import numpy as np

from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 3
NEAR_DUPLICATE_JACCARD = 0.5
MINHASH_SEED = 1
#: datasketch permutation scheme, fixed so stored signatures stay comparable (>= 2.0).
MINHASH_SCHEME = "affine32"

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalised_words(text: str) -> list[str]:
    """Lower-cased words of ``text`` after NFKC normalisation, punctuation removed."""
    text = unicodedata.normalize("NFKC", text).lower()
    return [w for w in _NON_WORD.split(text) if w]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of overlapping ``size``-word shingles of ``text`` (the whole text as one
    shingle when it has fewer words)."""
    words = normalised_words(text)
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> LeanMinHash:
    """MinHash signature (``NUM_PERM`` permutations, seed ``MINHASH_SEED``) of ``text``."""
    minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    minhash.update_batch(s.encode("utf-8") for s in shingles(text))
    return LeanMinHash(minhash)


def signature_from_values(values: Sequence[int]) -> LeanMinHash:
    """Rebuild a stored signature from its hash values (``articles.minhash``)."""
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=list(values), scheme=MINHASH_SCHEME)


def signature_values(sig: LeanMinHash) -> list[int]:
    """The hash values of ``sig`` as plain ints, for JSON storage."""
    return [int(v) for v in sig.hashvalues]


@lru_cache(maxsize=1)
def band_ranges() -> tuple[tuple[int, int], ...]:
    """``(start, end)`` slices of the signature that form the LSH bands: the banding
    datasketch's ``MinHashLSH`` chooses for ``NEAR_DUPLICATE_JACCARD`` and ``NUM_PERM``
    (false positive and negative weights 0.5 each)."""
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
    return tuple((start, end) for start, end in lsh.hashranges)


def band_keys(values: Sequence[int] | np.ndarray) -> list[int]:
    """The LSH band keys of a signature's hash values: for each band, the first 8 bytes
    of BLAKE2b over the band number and the band's values, as a signed 64-bit integer
    (a ``BIGINT`` on every backend). Two signatures share a key when they agree on a
    whole band, which is how ``MinHashLSH`` proposes candidates."""
    array = np.asarray(values, dtype=np.uint64)
    keys = []
    for band, (start, end) in enumerate(band_ranges()):
        digest = hashlib.blake2b(band.to_bytes(2, "big") + array[start:end].tobytes(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def band_rows(article_id: str, values: Sequence[int], published_at: datetime | None) -> list[dict[str, Any]]:
    """The ``article_lsh_bands`` rows of one article (``bucket``, ``article_id``, ``band``,
    ``published_at`` UTC); duplicate keys of one article are kept once."""
    rows, seen = [], set()
    for band, key in enumerate(band_keys(values)):
        if key not in seen:
            seen.add(key)
            rows.append({"bucket": key, "article_id": article_id, "band": band, "published_at": published_at})
    return rows


@dataclass(frozen=True)
class ClusterAssignment:
    """Where one article landed: its ``cluster_id``, the member it matched (None when it
    starts a new cluster) and the estimated Jaccard similarity to that member."""

    article_id: str
    cluster_id: str
    matched_article_id: str | None
    similarity: float | None

    @property
    def is_duplicate(self) -> bool:
        return self.matched_article_id is not None


class StoryClusterer:
    """An LSH index of article signatures that assigns story clusters incrementally.

    ``add(article_id, sig)`` returns a :class:`ClusterAssignment`; adding the same
    ``article_id`` again returns its existing cluster (idempotent).
    """

    def __init__(self, threshold: float = NEAR_DUPLICATE_JACCARD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, LeanMinHash] = {}
        self._cluster_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def cluster_of(self, article_id: str) -> str | None:
        return self._cluster_of.get(article_id)

    def load(self, article_id: str, sig: LeanMinHash, cluster_id: str) -> None:
        """Index an already clustered article (from the database) without re-assigning."""
        if article_id in self._signatures:
            return
        self._signatures[article_id] = sig
        self._cluster_of[article_id] = cluster_id
        self._lsh.insert(article_id, sig)

    def add(self, article_id: str, sig: LeanMinHash) -> ClusterAssignment:
        """Assign ``article_id`` to the cluster of its most similar indexed article with
        estimated Jaccard >= ``threshold``, else to a new cluster named after itself."""
        if article_id in self._signatures:
            return ClusterAssignment(article_id, self._cluster_of[article_id], None, None)
        best_id, best_sim = None, -1.0
        for candidate in self._lsh.query(sig):
            sim = sig.jaccard(self._signatures[candidate])
            if sim >= self.threshold and (sim > best_sim or (sim == best_sim and candidate < best_id)):
                best_id, best_sim = candidate, sim
        cluster_id = self._cluster_of[best_id] if best_id is not None else article_id
        self.load(article_id, sig, cluster_id)
        return ClusterAssignment(
            article_id, cluster_id, best_id, round(best_sim, 3) if best_id is not None else None
        )


def cluster_texts(items: Iterable[tuple[str, str]]) -> list[ClusterAssignment]:
    """Cluster ``(article_id, text)`` pairs in order; returns one assignment per pair."""
    clusterer = StoryClusterer()
    return [clusterer.add(article_id, signature(text)) for article_id, text in items]
