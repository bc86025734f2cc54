"""French time expressions resolved against the publication date.

The same records and precisions as the English rules (:mod:`crisisdesk.annotate.times`),
for the French pipeline (articles with ``Article.language`` "fr"). Rules, in this order,
no overlaps:

- day ranges in one month: "du 3 au 5 novembre", "les 11 et 12 mars", "dans la nuit du 12
  au 13 novembre" -> first to last day; a night between two days is precision day (less
  than a day long, its two dates given), other ranges week (at most 7 days) or month, as
  the English day ranges;
- dates: "le 12 novembre", "le mardi 12 novembre 2025", "1er novembre" -> day. Read by
  dateparser (``languages=['fr']``); a date without a year takes the most recent year
  that puts it no more than :data:`~crisisdesk.annotate.times.FUTURE_TOLERANCE_DAYS`
  after publication, the English rule (dateparser's base is moved that far ahead);
- a night between two named days: "dans la nuit de samedi à dimanche" -> the Saturday
  and Sunday before publication (precision day, as above); "dans la nuit de jeudi" ->
  that Thursday;
- weekdays: "mardi", "ce mardi" -> the most recent such day on or before publication;
  "mardi dernier" -> the one before that when publication is itself a Tuesday (English
  "last Tuesday"); "mardi prochain" the next one;
- relative: "aujourd'hui", "hier", "avant-hier", "demain", "cette semaine", "la semaine
  dernière/passée", "la semaine prochaine", "ce mois-ci", "le mois dernier", "cette
  année", "l'année dernière", "l'an dernier", "il y a trois jours/semaines/mois/ans" ->
  the English path's intervals for "today", "yesterday", "two days ago", "this week",
  "last week", ... (:func:`crisisdesk.annotate.times._relative`: a week is Monday to
  Sunday);
- months: "début novembre", "fin octobre", "mi-octobre", "en novembre", "depuis
  novembre", "novembre 2025" -> month (a part of a month is no finer: English "early
  November" is month too); "depuis" runs to publication;
- years: "en 2012" -> year; "depuis 2012" -> 2012-01-01 to publication (background,
  precision year). In an article with no publication date "depuis 2012" has no end the
  text gives: it is the year 2012, where the period began (the start the text names;
  the open end is not made up - before, it ran to 9999-12-31, the far-future anchor of
  :func:`~crisisdesk.annotate.times.match_time_rules`, and the coder had to cut it).

dateparser 1.5 reads the French dates but not "mardi dernier", "début novembre" or
"mi-octobre", and its "la semaine dernière" is one day of that week; hence the rules
for the relative words, which reuse the English resolution so both languages give the
same intervals.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from crisisdesk.annotate.times import (FUTURE_TOLERANCE_DAYS, _day_range, _month_bounds, _recent_month, _relative,
                                       UNKNOWN_PUBLICATION, _weekday, match_time_rules)
from crisisdesk.records import TimeExpression

#: French month names (lower case; also capitalised at a sentence start) -> number.
MONTHS_FR = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
             "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
             "décembre": 12, "decembre": 12}
#: French weekday names -> the English name the English resolution takes.
WEEKDAYS_FR = {"lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday",
               "vendredi": "friday", "samedi": "saturday", "dimanche": "sunday"}
_NUMBERS_FR = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
               "huit": 8, "neuf": 9, "dix": 10, "quelques": 3, "plusieurs": 3}

_M = r"(?P<month>" + "|".join(sorted(MONTHS_FR, key=len, reverse=True)) + r")"
_W = r"(?:" + "|".join(WEEKDAYS_FR) + r")"
_D = r"(?P<day>1er|[0-3]?\d)"
_D2 = r"(?P<day2>1er|[0-3]?\d)"
_Y = r"(?P<year>(?:19|20)\d{2})"
_OPT_Y = rf"(?:\s+{_Y})?"
_FLAGS = re.IGNORECASE

_RULES: list[tuple[str, re.Pattern]] = [
    ("night_range", re.compile(rf"\bnuit\s+du\s+(?:{_W}\s+)?{_D}\s+au\s+(?:{_W}\s+)?{_D2}\s+{_M}\b{_OPT_Y}", _FLAGS)),
    ("range", re.compile(rf"\b(?:du|les|entre\s+le)\s+{_D}\s+(?:au|et|-)\s+(?:le\s+)?{_D2}\s+{_M}\b{_OPT_Y}", _FLAGS)),
    ("date", re.compile(rf"\b(?:(?:le|ce)\s+)?(?:{_W}\s+)?{_D}\s+{_M}\b{_OPT_Y}(?![\d:])", _FLAGS)),
    ("night_days", re.compile(rf"\bnuit\s+d[eu]\s+(?P<first>{_W})\s+(?:à|a|au)\s+(?P<second>{_W})\b", _FLAGS)),
    ("night_day", re.compile(rf"\bnuit\s+de\s+(?P<first>{_W})\b(?!\s+\d)", _FLAGS)),
    ("weekday", re.compile(rf"\b(?:(?P<this>ce)\s+)?(?P<weekday>{_W})\b(?:\s+(?P<which>dernier|passé|prochain))?"
                           rf"(?!\s+(?:1er|[0-3]?\d)\b)", _FLAGS)),
    ("relative", re.compile(
        r"\b(?P<rel>aujourd[’']hui|avant-hier|après-demain|hier|demain|"
        r"(?:cette|la)\s+semaine(?:\s+(?:dernière|passée|prochaine))?|"
        r"(?:ce|le)\s+mois(?:-ci|\s+dernier|\s+passé|\s+prochain)?|"
        r"(?:cette|l[’']|la)\s*année(?:\s+(?:dernière|passée|prochaine))?|l[’']an\s+(?:dernier|passé|prochain)|"
        r"il\s+y\s+a\s+(?P<num>\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)\s+"
        r"(?P<unit>jours?|semaines?|mois|ans?|années?))\b", _FLAGS)),
    ("month_year", re.compile(rf"\b(?:(?P<part>début|fin|mi|courant)[\s-]+)?{_M}\s+{_Y}\b", _FLAGS)),
    ("month", re.compile(rf"\b(?P<cue>début|fin|mi|courant|en|depuis|au\s+mois\s+de|dès)[\s-]+(?:le\s+mois\s+d[e’']\s*)?{_M}\b"
                         r"(?!\s+\d)", _FLAGS)),
    ("year", re.compile(rf"\b(?P<cue>en|depuis|dès|début|fin|courant|avant|après|jusqu[’']en)\s+{_Y}\b(?![\d-])", _FLAGS)),
]


def _day_number(text: str) -> int:
    return 1 if text.lower() == "1er" else int(text)


def _dateparser_day(phrase: str, base: date) -> date | None:
    """The day dateparser (French) reads in ``phrase``, relative to ``base`` (dates
    without a year take the most recent year not after ``base``), or None."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["fr"], settings={
        "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
        "RELATIVE_BASE": datetime(base.year, base.month, base.day)})
    try:
        data = parser.get_date_data(phrase)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None or (data.period or "day") != "day":
        return None
    return data.date_obj.date()


def _french_relative(g: dict, published: date) -> tuple[date, date, str] | None:
    """A French relative expression as the English one it translates, resolved by
    :func:`crisisdesk.annotate.times._relative`."""
    rel = re.sub(r"\s+", " ", g["rel"].lower()).replace("’", "'")
    if g.get("unit"):
        num = g["num"].lower()
        n = int(num) if num.isdigit() else _NUMBERS_FR.get(num, 1)
        unit = g["unit"].lower()
        english = ("day" if unit.startswith("jour") else "week" if unit.startswith("semaine")
                   else "month" if unit == "mois" else "year")
        return _relative({"rel": f"{n} {english}s ago", "num": str(n), "unit": english, "ago": "ago"}, published)
    if rel == "avant-hier":
        return _relative({"rel": "2 days ago", "num": "2", "unit": "days", "ago": "ago"}, published)
    if rel == "après-demain":
        d = published + timedelta(days=2)
        return d, d, "day"
    simple = {"aujourd'hui": "today", "hier": "yesterday", "demain": "tomorrow"}
    if rel in simple:
        return _relative({"rel": simple[rel]}, published)
    unit = "week" if "semaine" in rel else "month" if "mois" in rel else "year"
    if any(w in rel for w in ("dernier", "dernière", "passé", "passée")):
        which = "last"
    elif "prochain" in rel:
        which = "next"
    elif rel.startswith(("cette", "ce ")) or rel == "ce mois-ci" or rel.endswith("-ci"):
        which = "this"
    else:
        return None  # "la semaine", "le mois", "l'année" alone name no time
    return _relative({"rel": f"{which} {unit}"}, published)


def resolve_french(kind: str, m: re.Match, published: date) -> tuple[date, date, str] | None:
    """Interval and precision for one French rule match, or None when invalid."""
    g = m.groupdict()
    try:
        if kind in ("range", "night_range"):
            year = g.get("year")
            english = {"day": str(_day_number(g["day"])), "day2": str(_day_number(g["day2"])),
                       "month": _english_month(g["month"]), "year": year}
            result = _day_range(english, published)
            if result is not None and kind == "night_range" and (result[1] - result[0]).days == 1:
                return result[0], result[1], "day"
            return result
        if kind == "date":
            base = published + timedelta(days=0 if g.get("year") else FUTURE_TOLERANCE_DAYS)
            day, month = _day_number(g["day"]), MONTHS_FR[g["month"].lower()]
            phrase = f"{day} {g['month']} {g['year']}" if g.get("year") else f"{day} {g['month']}"
            d = _dateparser_day(phrase, base)
            if d is None or d.month != month or d.day != day:
                return None
            return d, d, "day"
        if kind == "night_days":
            first = _weekday(WEEKDAYS_FR[g["first"].lower()], "", published)[0]
            second = first + timedelta(days=1)
            if second.weekday() != _weekday(WEEKDAYS_FR[g["second"].lower()], "", published)[0].weekday():
                return None  # "de samedi à lundi": no one night
            if second > published:  # the night ended on the publication day at the latest
                first, second = first - timedelta(days=7), second - timedelta(days=7)
            return first, second, "day"
        if kind == "night_day":
            return _weekday(WEEKDAYS_FR[g["first"].lower()], "", published)
        if kind == "weekday":
            which = (g.get("which") or "").lower()
            which = "last" if which in ("dernier", "passé") else "next" if which == "prochain" else ""
            return _weekday(WEEKDAYS_FR[g["weekday"].lower()], which, published)
        if kind == "relative":
            return _french_relative(g, published)
        if kind == "month_year":
            start, end = _month_bounds(int(g["year"]), MONTHS_FR[g["month"].lower()])
            return start, end, "month"
        if kind == "month":
            month = MONTHS_FR[g["month"].lower()]
            start, end = _month_bounds(_recent_month(month, published), month)
            if g["cue"].lower() in ("depuis", "dès"):
                return start, published, "month"
            return start, end, "month"
        if kind == "year":
            year = int(g["year"])
            if g["cue"].lower() in ("depuis", "dès") and published < UNKNOWN_PUBLICATION:
                return date(year, 1, 1), published, "year"
            # "en 2012"; "depuis 2012" with no publication date: the text gives the start
            # only, so the period is the year it names (see module doc), no made-up end
            return date(year, 1, 1), date(year, 12, 31), "year"
    except (ValueError, KeyError):
        return None
    return None


def _english_month(name: str) -> str:
    """The English month name of a French one (for the shared day-range rule)."""
    return ("January February March April May June July August September October November December"
            .split()[MONTHS_FR[name.lower()] - 1])



#: Rules that need no publication date (absolute dates).
_ABSOLUTE = {"month_year", "year"}


class FrenchTimeRecognizer:
    """Finds French time expressions and resolves them against a publication date; the
    interface of :class:`crisisdesk.annotate.times.TimeRecognizer`."""

    def recognise(self, text: str, published: date | datetime | None, date_entities=(),
                  skip=lambda start, end: False) -> list[TimeExpression]:
        """Time expressions of ``text`` in order. ``published`` anchors relative
        expressions and dates without a year (``None``: only dates with a year, months
        of a year and years are kept). ``date_entities`` is accepted for the English
        interface and not used (the French models have no DATE entities);
        ``skip(start, end)`` excludes spans (e.g. URLs)."""
        if isinstance(published, datetime):
            published = published.date()
        found = match_time_rules(
            text, _RULES, resolve_french, published,
            lambda kind, m: kind in _ABSOLUTE or bool(kind in ("date", "range") and m.group("year")), skip, [])
        found.sort(key=lambda t: t.span.start if t.span else 0)
        return found
