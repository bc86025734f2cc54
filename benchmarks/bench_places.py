"""Place resolution on one long article with thousands of place mentions.

    PYTHONPATH=src python benchmarks/bench_places.py [--chars 200000] [--repeat 3]

The article is generated here (our own sentences, repeated with varying names): Malian
towns of the gazetteer, villages it does not know, admin1 cues ("in the Mopti region",
"(Bankass, Mopti)", "near the town of Y", "between X and Y") and named actors, up to
``--chars`` characters (200,000 = the annotation limit, ``annotator.MAX_CHARS``). The
spaCy parse and actor recognition run once; the benchmark times
``PlaceResolver.resolve`` alone (best of ``--repeat``), and the same resolution on the
first half of the text, so the ratio shows how the cost grows (2.0 = linear, 4.0 =
quadratic in the number of mentions).
"""

from __future__ import annotations

import argparse
import time

from crisisdesk.annotate import load_annotator
from crisisdesk.annotate.places import url_ranges

TOWNS = ["Mopti", "Bankass", "Douentza", "Djenne", "Tenenkou", "Niafunke", "Gao", "Menaka", "Kati", "Nara",
         "Sikasso", "Segou", "Koutiala", "Bandiagara", "Koro", "Timbuktu", "Kidal", "Ansongo", "Bourem", "Macina"]
REGIONS = ["Mopti", "Segou", "Gao", "Timbuktu", "Koulikoro", "Sikasso", "Kayes", "Kidal", "Menaka"]
SYLLABLES = ["ka", "lo", "ba", "dou", "ni", "ma", "ko", "ro", "sa", "te", "gou", "ye", "ta", "bi", "na"]

TEMPLATES = [
    "On Monday, JNIM militants attacked the village of {v} ({t}, {r}) and burned granaries.",
    "Malian soldiers clashed with gunmen between {v} and {t}, two soldiers were killed.",
    "Dozo hunters killed three herders in {v}, in the {r} region, according to residents.",
    "A convoy hit a mine near the town of {t}, some 20 km from {v}.",
    "Villagers of {v} and {w} fled toward {t} after the raid.",
    "Katiba Macina fighters seized cattle in the area of {v}, Cercle of {t}.",
]


def village(i: int) -> str:
    """A made-up village name (not a gazetteer place), different for each ``i``."""
    parts = [SYLLABLES[(i * 7 + k * 3) % len(SYLLABLES)] for k in range(2 + i % 2)]
    return ("".join(parts) + SYLLABLES[i % len(SYLLABLES)]).capitalize()


def article_text(chars: int) -> str:
    sentences = []
    size = 0
    i = 0
    while size < chars:
        text = TEMPLATES[i % len(TEMPLATES)].format(v=village(i), w=village(i + 1000), t=TOWNS[i % len(TOWNS)],
                                                    r=REGIONS[i % len(REGIONS)])
        sentences.append(text)
        size += len(text) + 1
        i += 1
        if i % 8 == 0:
            sentences.append("\n")
    return " ".join(sentences)[:chars]


def time_resolve(annotator, doc, actors, repeat: int) -> tuple[float, int]:
    skip = url_ranges(doc.text)
    best = float("inf")
    places = []
    for _ in range(repeat):
        start = time.perf_counter()
        places = annotator.places.resolve(doc, actors, skip)
        best = min(best, time.perf_counter() - start)
    return best, len(places)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    annotator = load_annotator()
    for chars in (args.chars // 2, args.chars):
        text = article_text(chars)
        start = time.perf_counter()
        doc = annotator.nlp(text)
        actors = annotator.actors.recognise(doc)
        parse = time.perf_counter() - start
        mentions = len(annotator.places.mentions(doc, url_ranges(text)))
        seconds, n_places = time_resolve(annotator, doc, actors, args.repeat)
        print(f"{len(text):>8,} chars  {mentions:>6,} place mentions  {len(actors):>6,} actors  "
              f"parse+actors {parse:6.1f} s  resolve {seconds:7.3f} s  ({n_places:,} places)")


if __name__ == "__main__":
    main()
