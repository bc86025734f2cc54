"""A test corpus written for crisisdesk's consolidation tests (all text written by us).

Twenty paraphrased reports of one convoy ambush near Kadiolo (Sikasso region, Mali) on
Monday 10 November 2025, from twenty different sites, with death tolls of 5, 6 and 7 and
a correction the next day; plus two other attacks the same day in the same region: an
assault on an army post in Koutiala (about 200 km away) and an attack on the customs post
at Zégoua (about 10 km from Kadiolo, different target). Coordinates are GeoNames facts.

Each report carries the text (for the end-to-end test through the real pipeline) and the
facts a careful coder would code from it (for the tests on hand-built EventMention
records): ``deaths`` (min, max), ``place`` key, ``source``/``target`` keys, ``status``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from crisisdesk.records import ActorRef, Count, EventMention, Evidence, Place

AMBUSH_DATE = date(2025, 11, 10)

PLACES = {
    "Kadiolo": Place("Kadiolo", 1, "MLI", 2455518, "PPLA2", "Sikasso", "06", None, "Kadiolo", 10.55, -5.76667),
    "near Kadiolo": Place("Kadiolo", 2, "MLI", 2455518, "PPLA2", "Sikasso", "06", None, "Kadiolo", 10.55, -5.76667),
    "Sikasso region": Place("Sikasso", 3, "MLI", 2451184, "ADM1", "Sikasso", "06", None, None, 11.0, -6.0),
    "Koutiala": Place("Koutiala", 1, "MLI", 2453348, "PPLA2", "Sikasso", "06", None, "Koutiala", 12.38723, -5.46507),
    "Zégoua": Place("Zégoua", 1, "MLI", 2449067, "PPL", "Sikasso", "06", None, "Kadiolo", 10.48804, -5.64943),
}

ACTORS = {
    "JNIM": ActorRef("JNIM", actor_id="jnim", code="JNIM", sector="REB", actor_type="rebel group"),
    "gunmen": ActorRef("gunmen", generic=True, sector="REB"),
    "convoy": ActorRef("fuel convoy", generic=True, sector="BUS"),
    "tankers": ActorRef("fuel tankers", generic=True),
    "army": ActorRef("Malian army", actor_id="mali-armed-forces", code="MLIMIL", country="MLI", sector="MIL"),
    "customs": ActorRef("customs officers", generic=True, country="MLI", sector="GOV"),
}


@dataclass(frozen=True)
class Report:
    site: str
    published: datetime
    title: str
    text: str
    deaths: tuple[int, int] | None
    place: str
    source: str
    target: tuple[str, ...]
    status: str = "asserted"
    incident: str = "ambush"

    @property
    def url(self) -> str:
        slug = "-".join(self.title.lower().replace(",", "").replace(":", "").split()[:8])
        return f"https://{self.site}/2025/11/{slug}"


def _at(day: int, hour: int) -> datetime:
    return datetime(2025, 11, day, hour, 0, tzinfo=timezone.utc)


AMBUSH_REPORTS = [
    Report("sahel-wire.example", _at(10, 14), "Convoy ambushed near Kadiolo",
           "Jihadists ambushed a fuel convoy near Kadiolo on Monday, killing six drivers. "
           "The trucks were travelling from the Ivorian border towards Bamako.",
           (6, 6), "near Kadiolo", "JNIM", ("convoy",)),
    Report("bamako-daily.example", _at(10, 15), "Six killed in attack on fuel trucks",
           "Gunmen attacked a fuel convoy near Kadiolo on Monday and killed six people, local officials said.",
           (6, 6), "near Kadiolo", "gunmen", ("convoy",)),
    Report("westafrica-monitor.example", _at(10, 16), "JNIM claims convoy attack in southern Mali",
           "JNIM claimed responsibility for Monday's ambush of a fuel convoy in Kadiolo, in which seven people died.",
           (7, 7), "Kadiolo", "JNIM", ("convoy",), "claimed"),
    Report("mali-news-24.example", _at(10, 17), "Fuel convoy hit in Sikasso region",
           "A convoy of fuel tankers was ambushed by JNIM fighters in the Sikasso region on Monday; five people were killed.",
           (5, 5), "Sikasso region", "JNIM", ("tankers",)),
    Report("sahel-observer.example", _at(10, 18), "Deadly ambush on the Kadiolo road",
           "Militants of JNIM ambushed fuel tankers and their army escort near Kadiolo on 10 November, killing at least five.",
           (5, 5), "near Kadiolo", "JNIM", ("tankers", "army")),
    Report("radio-kenedougou.example", _at(10, 18), "Attack on tanker convoy",
           "Armed men opened fire on a tanker convoy outside Kadiolo on Monday, killing six drivers and burning four trucks.",
           (6, 6), "near Kadiolo", "gunmen", ("tankers",)),
    Report("africa-security-brief.example", _at(10, 19), "Mali: convoy attacked in the south",
           "JNIM fighters attacked a fuel convoy escorted by the Malian army near Kadiolo on Monday; six people were killed.",
           (6, 6), "near Kadiolo", "JNIM", ("convoy", "army")),
    Report("le-courrier-sahel.example", _at(10, 20), "Kadiolo: six dead in convoy attack",
           "Six people died on Monday when jihadists attacked a fuel convoy at Kadiolo.",
           (6, 6), "Kadiolo", "JNIM", ("convoy",)),
    Report("bf-mali-news.example", _at(10, 21), "Blockade: another convoy attacked",
           "In a new blow to fuel supplies, JNIM ambushed a convoy near Kadiolo on Monday, leaving between five and seven dead.",
           (5, 7), "near Kadiolo", "JNIM", ("convoy",)),
    Report("sikasso-info.example", _at(10, 21), "Convoy attack near the border",
           "Suspected JNIM gunmen attacked a fuel convoy close to Kadiolo on Monday, killing six people, witnesses said.",
           (6, 6), "near Kadiolo", "JNIM", ("convoy",)),
    Report("mali-tribune.example", _at(10, 22), "Army escort ambushed",
           "Soldiers escorting a fuel convoy were ambushed by JNIM near Kadiolo on Monday; seven people were killed.",
           (7, 7), "near Kadiolo", "JNIM", ("army", "convoy")),
    Report("sahel-dispatch.example", _at(10, 23), "Six killed as militants strike fuel convoy",
           "Militants struck a fuel convoy near Kadiolo in southern Mali on Monday, killing six.",
           (6, 6), "near Kadiolo", "gunmen", ("convoy",)),
    Report("regional-tv.example", _at(11, 6), "Kadiolo ambush: what we know",
           "The ambush of a fuel convoy near Kadiolo on Monday killed six people. JNIM has said it carried out the attack.",
           (6, 6), "near Kadiolo", "JNIM", ("convoy",)),
    Report("niger-sahel-post.example", _at(11, 7), "Jihadists target fuel supply line",
           "JNIM fighters ambushed a fuel convoy near Kadiolo on 10 November, killing six, as the group tightens its blockade.",
           (6, 6), "near Kadiolo", "JNIM", ("convoy",)),
    Report("conflict-tracker.example", _at(11, 8), "Sikasso: convoy ambush",
           "On 10 November, JNIM militants ambushed a convoy of fuel tankers near Kadiolo, killing six civilians.",
           (6, 6), "near Kadiolo", "JNIM", ("tankers",)),
    Report("humanitarian-update.example", _at(11, 9), "Fuel convoy attack disrupts supplies",
           "An attack on a fuel convoy near Kadiolo on Monday left six dead and disrupted supplies to Bamako.",
           (6, 6), "near Kadiolo", "gunmen", ("convoy",)),
    Report("mali-actualite.example", _at(11, 10), "Correction: Kadiolo death toll",
           "Correction: the ambush of a fuel convoy near Kadiolo on Monday killed five people, not seven as reported earlier.",
           (5, 5), "near Kadiolo", "gunmen", ("convoy",)),
    Report("sahel-security.example", _at(11, 11), "Drivers killed in Kadiolo ambush",
           "Five drivers were killed when JNIM fighters ambushed their fuel convoy near Kadiolo on Monday, the drivers' union said.",
           (5, 5), "near Kadiolo", "JNIM", ("convoy",)),
    Report("west-africa-today.example", _at(11, 12), "Mali convoy attack toll rises",
           "The toll from Monday's ambush of a fuel convoy near Kadiolo has risen to seven, officials said.",
           (7, 7), "near Kadiolo", "gunmen", ("convoy",)),
    Report("the-sahel-times.example", _at(11, 13), "Army vows response after convoy ambush",
           "JNIM fighters ambushed a fuel convoy and its army escort near Kadiolo on Monday, killing six people.",
           (6, 6), "near Kadiolo", "JNIM", ("convoy", "army")),
]

OTHER_REPORTS = [
    Report("sahel-wire.example", _at(10, 19), "Army post attacked in Koutiala",
           "JNIM fighters attacked an army post in Koutiala on Monday, killing three soldiers.",
           (3, 3), "Koutiala", "JNIM", ("army",), incident="koutiala"),
    Report("bamako-daily.example", _at(10, 20), "Customs post attacked at Zégoua",
           "Gunmen attacked the customs post at Zégoua on Monday, killing two customs officers.",
           (2, 2), "Zégoua", "gunmen", ("customs",), incident="zegoua"),
]

ALL_REPORTS = AMBUSH_REPORTS + OTHER_REPORTS


def article_id_of(report: Report) -> str:
    return "art-" + report.site.split(".")[0] + "-" + report.incident


def hand_coded_mention(report: Report, index: int = 0) -> EventMention:
    """The EventMention a careful coder would produce from ``report`` (hand-built)."""
    sentence = report.text.split(". ")[0]
    deaths = Count(*report.deaths) if report.deaths else None
    place = PLACES[report.place]
    return EventMention(
        mention_id=f"{article_id_of(report)}-m{index}",
        article_id=article_id_of(report),
        event_type="ASSAULT",
        evidence=Evidence(sentence, 0, len(sentence)),
        mode="firearms",
        cameo_code="190",
        quad_class=4,
        goldstein=-10.0,
        acled_event_type="Battles" if report.incident == "koutiala" else "Violence against civilians",
        acled_sub_event_type="Armed clash" if report.incident == "koutiala" else "Attack",
        source_actors=[ACTORS[report.source]],
        target_actors=[ACTORS[t] for t in report.target],
        place=place,
        event_date=AMBUSH_DATE,
        time_precision="day",
        status=report.status,  # type: ignore[arg-type]
        claimed_by="JNIM" if report.status == "claimed" else None,
        fatalities=deaths,
        confidence=0.8,
    )
