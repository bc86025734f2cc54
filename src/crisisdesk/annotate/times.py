"""Time expressions resolved against the publication date.

Rules (applied in this order, no overlaps; each gives an inclusive date interval and a
precision of day, week, month or year):

- day ranges in one month: "11-12 March", "from 3 to 20 December", "December 11-12",
  "August 11 and 12th" -> first to last day, precision week (at most 7 days) or month;
- full dates: "30 December 2019", "December 30, 2019", "2025-11-21" -> day;
- month and day without year: "Sept. 14", "Sep. 19", "on Nov. 20", "14 September" -> day,
  year = publication year unless that puts the date more than :data:`FUTURE_TOLERANCE_DAYS`
  after publication (then the year before);
- weekdays: "on Friday" -> the most recent such day on or before publication;
  "last Friday" the one before that when publication is itself a Friday; a weekday
  followed by a written date ("Friday 21 November 2025") is that date's label, not a
  weekday of its own (the date may be after publication);
- a night with no day named: "overnight", "last night", "in the early hours" -> the
  night before the publication day, dated that day as ACLED does (precision day);
- the night/evening/day before, or the eve of, a dated occasion ("the night before
  Independence Day on Sep. 22") -> the day before that date;
- relative: today, "earlier in the day"/"later that day" (the narrative's day: the
  report's day unless an earlier sentence of the paragraph is dated), yesterday,
  tomorrow, this/last/next week, (earlier) this
  week/month/year, last/next month/year, N days/weeks/months/years ago (and "earlier":
  "two weeks earlier" as "two weeks ago"; "three days earlier" the week ending three
  days before publication, since it counts from a narrative time on or before it), this/next
  weekend ("next week" said on the publication day; "the next week" of a narrative is
  not read);
- months: "in June", "June 2025", "early November", "mid-September" -> month;
- years: "in 2012", "since 2012" (start 2012-01-01, end publication date; in an article
  with no publication date the year 2012 only, as French "depuis 2012") -> year.

dateparser (``DateDataParser``, which reports the period it understood) handles DATE
entities of the spaCy model that no rule matched and that contain a digit, except
durations ("5 days", "in the course of 5 days": no date; dateparser reads them as
"5 days ago") and bare numbers that are no year ("34", "(34)": a count or an item
number; dateparser reads it as 1934).
dateparser misses "earlier this month/year", hence the rules.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from crisisdesk.records import Span, TimeExpression

#: "N days earlier" counts back from a narrative time the text set, on or before the
#: report: the event lies in the week ending N days before publication (days before it).
EARLIER_BOUND_DAYS = 6
#: How far after publication a month-day date may fall before it is taken as last year's.
FUTURE_TOLERANCE_DAYS = 7

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None}

# Month names: capitalised (so "may" the verb and "march" the noun are not months);
# abbreviations with an optional full stop.
_MONTH_RE = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)")
_DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>(?:19|20)\d{2})"

_DAY2_RE = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE_SEP = r"\s*(?:-|–|to|and|&)\s*"
_OPT_YEAR_RE = r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"

#: "the night before Independence Day on Sep. 22", "on the eve of the vote on 12 May":
#: the night/evening/eve/day before a dated occasion is the day before that date (the
#: date dates the occasion named before it, not the act); "the day before, on March 3"
#: (a comma: the date is that day's) is no match.
_DAY_BEFORE_RE = (r"\b(?:[Tt]he\s+(?:night|evening|day)\s+before|(?:[Oo]n\s+)?[Tt]he\s+eve\s+of)"
                  r"\s+(?:[\w’'-]+\s+){1,4}on\s+")

#: "Earlier in the day", "later that day": the day of the narrative (the report's day
#: unless an earlier sentence of the paragraph is dated: ``coding.placetime.time_for``).
SAME_DAY = re.compile(r"\b(?:earlier|later)\s+(?:in\s+the\s+day|today|that\s+day|on\s+the\s+same\s+day|the\s+same\s+day)\b",
                      re.IGNORECASE)

#: A month name or abbreviation (no group), for look-aheads.
_MONTH_NAME_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?")

#: "overnight", "last night", "during the night", "in the early hours" with no day
#: named: in a report, the night before the publication day (English deixis, as
#: "yesterday"), dated the publication day, the morning that ends it, as ACLED dates
#: such reports: the 6 training-split notes with "overnight" or "last night" and no
#: other date ("attacked last night around 21h") are all coded on the note's day, and
#: a start on the day before broke all 6 (date exact 1382 -> 1376). A night whose day is named
#: ("overnight Saturday", "Saturday overnight", "in the early hours of Sunday",
#: "overnight on 3 May") is dated by that day's own rule; "an overnight curfew" (an
#: adjective after an article) is no time.
_NIGHT = re.compile(
    r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!day\s)(?<!day,\s)"
    r"\b(?P<night>overnight|[Oo]vernight|last\s+night|during\s+the\s+night|in\s+the\s+(?:early|small|wee)\s+hours)\b"
    r"(?!\s+(?:of\s+|on\s+|from\s+|between\s+|into\s+|to\s+)?(?:the\s+)?(?:[A-Z][a-z]+day\b|[0-3]?\d\b|yesterday|today|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b))")

_RULES: list[tuple[str, re.Pattern]] = [
    ("day_before_md", re.compile(rf"{_DAY_BEFORE_RE}{_MONTH_RE}\s+{_DAY_RE}\b{_OPT_YEAR_RE}(?![\d:])")),
    ("day_before_dm", re.compile(rf"{_DAY_BEFORE_RE}{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}{_OPT_YEAR_RE}")),
    # day ranges within one month: "11-12 March", "from 3 to 20 December", "December 11-12",
    # "Apr.24-25", "August 11 and 12th", "between July 7 and 10"
    ("dm_range", re.compile(rf"\b{_DAY_RE}{_RANGE_SEP}{_DAY2_RE}\s+(?:of\s+)?{_MONTH_RE}{_OPT_YEAR_RE}")),
    ("md_range", re.compile(rf"\b{_MONTH_RE}\s*{_DAY_RE}{_RANGE_SEP}{_DAY2_RE}\b(?![\d:]){_OPT_YEAR_RE}")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b")),
    ("mdy", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b")),
    ("dm", re.compile(rf"\b{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE}(?!\s*,?\s*\d)")),
    ("md", re.compile(rf"\b{_MONTH_RE}\s+{_DAY_RE}\b(?!\s*,?\s*(?:19|20)\d\d)(?![\d:])")),
    ("my", re.compile(rf"\b(?:(?P<part>early|mid|late|mid-)\s*-?\s*)?{_MONTH_RE}\s+(?:of\s+)?{_YEAR_RE}\b")),
    ("relative", re.compile(
        r"\b(?P<rel>(?:earlier|later)\s+(?:this|that)\s+(?:week|month|year)|this\s+(?:past\s+)?(?:week|month|year|weekend)|"
        r"last\s+(?:week|month|year|weekend)|the\s+(?:previous|past)\s+(?:week|month|year)|"
        r"(?<!the\s)(?<!The\s)next\s+(?:week|month|year|weekend)|"
        r"(?P<sameday>(?:earlier|later)\s+(?:in\s+the\s+day|today|that\s+day|on\s+the\s+same\s+day|the\s+same\s+day))|"
        r"(?P<prevday>the\s+(?:previous|preceding)\s+day|the\s+day\s+before"
        r"(?!\s+(?:yesterday|the|a|an|his|her|its|their|(?-i:[A-Z])))(?!\s*,\s*on\b))|"
        r"(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening)|tonight|"
        r"today|yesterday|tomorrow|"
        r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<ago>ago|earlier))\b",
        re.IGNORECASE)),
    # a weekday labelling a written date ("on Friday 21 November 2025", "Friday, Nov.
    # 21") is no match: the date says the day, even one after publication (the coder
    # then sets it aside, FUTURE_DATE_NOTE); it was read as the Friday before
    ("weekday", re.compile(
        r"\b(?:(?P<which>last|this|next|on|On|Last|This|Next)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        rf"(?!,?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME_RE}|{_MONTH_NAME_RE}\s*[0-3]?\d\b))")),
    ("night", _NIGHT),
    ("month", re.compile(
        rf"\b(?P<cue>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]etween|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Tt]his|[Ee]nd of|[Ss]tart of)[\s-]+(?:(?:early|mid|late)[\s-]+)?"
        rf"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)")),
    ("year", re.compile(
        rf"\b(?P<cue>[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+(?:(?:early|mid|late)[\s-]+)?{_YEAR_RE}\b(?![\d-])")),
]


def _month_number(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()]


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _infer_year(month: int, day: int, published: date) -> date | None:
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= published + timedelta(days=FUTURE_TOLERANCE_DAYS):
            return candidate
    return None


def _recent_month(month: int, published: date) -> int:
    """The year of the most recent ``month`` not after the publication month."""
    return published.year if month <= published.month else published.year - 1


def resolve_match(kind: str, m: re.Match, published: date) -> tuple[date, date, str] | None:
    """Interval and precision for one rule match, or ``None`` when invalid."""
    g = m.groupdict()
    try:
        if kind == "iso":
            d = date(int(g["year"]), int(g["mnum"]), int(g["day"]))
            return d, d, "day"
        if kind in ("dmy", "mdy"):
            d = date(int(g["year"]), _month_number(g["month"]), int(g["day"]))
            return d, d, "day"
        if kind in ("day_before_md", "day_before_dm"):
            month, day = _month_number(g["month"]), int(g["day"])
            d = date(int(g["year"]), month, day) if g.get("year") else _infer_year(month, day, published)
            return (d - timedelta(days=1), d - timedelta(days=1), "day") if d else None
        if kind in ("dm", "md"):
            d = _infer_year(_month_number(g["month"]), int(g["day"]), published)
            return (d, d, "day") if d else None
        if kind in ("dm_range", "md_range"):
            return _day_range(g, published)
        if kind == "my":
            start, end = _month_bounds(int(g["year"]), _month_number(g["month"]))
            return start, end, "month"
        if kind == "month":
            month = _month_number(g["month"])
            year = _recent_month(month, published)
            if g["cue"].lower() == "next":
                year = published.year if month > published.month else published.year + 1
            start, end = _month_bounds(year, month)
            if g["cue"].lower() == "since":
                return start, published, "month"
            return start, end, "month"
        if kind == "year":
            year = int(g["year"])
            if g["cue"].lower() == "since" and published < UNKNOWN_PUBLICATION:
                return date(year, 1, 1), published, "year"
            # "in 2012"; "since 2012" with no publication date: the text gives the start
            # only, so the period is the year it names, no made-up end (as times_fr)
            return date(year, 1, 1), date(year, 12, 31), "year"
        if kind == "weekday":
            return _weekday(g["weekday"], (g.get("which") or "").lower(), published)
        if kind == "relative":
            if ANAPHORIC_PERIOD.fullmatch(g["rel"] or ""):
                return _told_period(g["rel"], m.string[:m.start()])
            return _relative(g, published)
        if kind == "night":  # the night before the report's day, dated as ACLED does: that day
            return published, published, "day"
    except (ValueError, KeyError):
        return None
    return None


#: "Earlier that year", "later that month": a period of the narrative, the one a time
#: told before it names (English anaphoric "that", against deictic "this": Quirk et al.
#: 1985, 6.40-6.41), not the report's own year or month.
ANAPHORIC_PERIOD = re.compile(r"(?:earlier|later)\s+that\s+(?P<unit>month|year)", re.IGNORECASE)
#: The last year written before an anaphoric period in its sentence, with the month
#: before it if any ("in July 2023, ... later that year").
_TOLD_YEAR = re.compile(rf"(?:{_MONTH_RE}\s+)?(?:of\s+)?\b(?P<told_year>(?:19|20)\d{{2}})\b")


def _told_period(rel: str, before: str) -> tuple[date, date, str] | None:
    """The period "earlier/later that year|month" names: the year (or month and year)
    last written before it in its sentence (``before``: the text up to the expression),
    ``(start, end, precision)``; ``None`` when no such year is written there (the
    period is then not read: taking the report's own year, as "this year", would date
    a narrative's past act to the present)."""
    sentence = re.split(r"(?<=[.!?])\s+|\n", before)[-1]
    found = list(_TOLD_YEAR.finditer(sentence))
    if not found:
        return None
    last = found[-1]
    year = int(last.group("told_year"))
    unit = ANAPHORIC_PERIOD.fullmatch(rel).group("unit").lower()  # type: ignore[union-attr]
    if unit == "month":
        if last.group("month") is None:
            return None
        start, end = _month_bounds(year, _month_number(last.group("month")))
        return start, end, "month"
    return date(year, 1, 1), date(year, 12, 31), "year"


def _day_range(g: dict, published: date) -> tuple[date, date, str] | None:
    """A range of days in one month ("11-12 March", "July 7 and 10"): from the first
    day to the last, the year given or inferred from the last day as for a month-day
    date. Precision "week" for a range of at most 7 days, else "month" (a range is not
    a day; ACLED time_precision 2/3). None when the days are not increasing."""
    month = _month_number(g["month"])
    first, last = int(g["day"]), int(g["day2"])
    if last <= first:
        return None
    end = date(int(g["year"]), month, last) if g.get("year") else _infer_year(month, last, published)
    if end is None:
        return None
    start = date(end.year, month, first)
    return start, end, "week" if (end - start).days <= 6 else "month"


def _weekday(name: str, which: str, published: date) -> tuple[date, date, str]:
    target = _WEEKDAYS[name.lower()]
    back = (published.weekday() - target) % 7
    if which == "last" and back == 0:
        back = 7
    if which == "next":
        ahead = (target - published.weekday()) % 7 or 7
        d = published + timedelta(days=ahead)
    else:
        d = published - timedelta(days=back)
    return d, d, "day"


#: Deictic parts of the report's own day ("early this morning", "tonight", "earlier
#: today"): said on the publication day, they name that day (English deixis, as "today").
_PARTS_OF_TODAY = {f"{edge}this {part}" for edge in ("", "early ", "late ")
                   for part in ("morning", "afternoon", "evening")} | {"tonight", "earlier today", "later today"}


def _relative(g: dict, published: date) -> tuple[date, date, str] | None:
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    monday = published - timedelta(days=published.weekday())
    if rel == "today" or rel in _PARTS_OF_TODAY or g.get("sameday"):
        # "this morning", "tonight" (s12-news); "earlier in the day", "later that day"
        # (s12-places): the day of the narrative, the report's day unless a dated
        # sentence before frames it (coding.placetime.time_for)
        return published, published, "day"
    if g.get("prevday"):
        # "the previous day", "the day before": a day before a narrative time at or before
        # the report, as "a day earlier" (the coder counts it back from the day the
        # paragraph set: coding.placetime._days_before_frame)
        d = published - timedelta(days=1)
        return d - timedelta(days=EARLIER_BOUND_DAYS), d, "week"
    if rel == "yesterday":
        d = published - timedelta(days=1)
        return d, d, "day"
    if rel == "tomorrow":
        d = published + timedelta(days=1)
        return d, d, "day"
    if g.get("unit"):
        num = g["num"].lower()
        n = int(num) if num.isdigit() else _NUMBER_WORDS.get(num) or 1
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            d = published - timedelta(days=n)
            if g.get("ago", "ago").lower() == "earlier":
                # "three days earlier": before a narrative time at or before the report,
                # so on or before the day N days before it - that day's week
                return d - timedelta(days=EARLIER_BOUND_DAYS), d, "week"
            return d, d, "day"
        if unit == "week":
            start = monday - timedelta(weeks=n)
            return start, start + timedelta(days=6), "week"
        if unit == "month":
            y, mth = divmod(published.year * 12 + published.month - 1 - n, 12)
            s, e = _month_bounds(y, mth + 1)
            return s, e, "month"
        if unit == "year":
            y = published.year - n
            return date(y, 1, 1), date(y, 12, 31), "year"
    unit = rel.split()[-1]
    if rel.startswith("next"):
        return _next(unit, published, monday)
    if rel.startswith("last") or rel.startswith("the previous") or rel.startswith("the past"):
        if unit == "week":
            return monday - timedelta(weeks=1), monday - timedelta(days=1), "week"
        if unit == "weekend":
            sat = monday - timedelta(days=2)
            return sat, sat + timedelta(days=1), "week"
        if unit == "month":
            y, mth = divmod(published.year * 12 + published.month - 2, 12)
            s, e = _month_bounds(y, mth + 1)
            return s, e, "month"
        if unit == "year":
            return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31), "year"
    # this week / earlier this week / this month / earlier this year ... up to publication
    if unit == "week":
        return monday, published, "week"
    if unit == "weekend":
        sat = monday + timedelta(days=5)
        if sat > published:
            sat -= timedelta(days=7)
        return sat, min(sat + timedelta(days=1), published), "week"
    if unit == "month":
        start = published.replace(day=1)
        if rel.startswith("later"):
            return start, _month_bounds(published.year, published.month)[1], "month"
        return start, published, "month"
    if unit == "year":
        start = date(published.year, 1, 1)
        if rel.startswith("later"):
            return start, date(published.year, 12, 31), "year"
        return start, published, "year"
    return None


def _next(unit: str, published: date, monday: date) -> tuple[date, date, str] | None:
    """"next week|weekend|month|year" said on ``published`` (deictic: "the next week" of a
    narrative is relative to its own time and is not read): the calendar unit after the
    publication's - Monday to Sunday, that week's Saturday and Sunday, the month, the year."""
    if unit == "week":
        start = monday + timedelta(weeks=1)
        return start, start + timedelta(days=6), "week"
    if unit == "weekend":  # the weekend of next week
        sat = monday + timedelta(days=12)
        return sat, sat + timedelta(days=1), "week"
    if unit == "month":
        y, mth = divmod(published.year * 12 + published.month, 12)
        s, e = _month_bounds(y, mth + 1)
        return s, e, "month"
    if unit == "year":
        return date(published.year + 1, 1, 1), date(published.year + 1, 12, 31), "year"
    return None


#: A weekday or month name, by which a text names a calendar day or month.
_CALENDAR_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                            r"April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
                            r"Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b")
_WEEKDAY_NAME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: Words by which a time expression itself looks back ("last Friday", "since June").
_PAST_WORDS = re.compile(r"\b(?:last|ago|earlier|previous|past|since|yesterday)\b", re.IGNORECASE)


def coming(expr: TimeExpression, published: date) -> TimeExpression:
    """``expr`` read as the time of an act still to come (a threatened or planned event:
    "protesters will march on Friday", "the junta plans a referendum on December 20",
    "elections will be held in June"): a weekday, a month-day or a month named without
    a year that the rules above resolved before the publication day (the most recent
    such day or month, the reading of a past event) is the next one instead - the
    weekday a week later, the month-day or month a year later. An expression with a
    year of its own ("on 3 May 2025"), with words that look back ("last Friday") or
    not before publication is returned as it is. English usage: a future act named by
    a calendar name means its coming occurrence."""
    if expr.end >= published or _YEAR_IN_TEXT.search(expr.text) or _PAST_WORDS.search(expr.text) \
            or not _CALENDAR_NAME.search(expr.text):
        return expr
    try:
        if _WEEKDAY_NAME.search(expr.text):
            shift = timedelta(days=7 * (1 + (published - expr.end).days // 7))
            start, end = expr.start + shift, expr.end + shift
        else:
            years = published.year - expr.end.year + (1 if expr.end.replace(year=published.year) < published else 0)
            start, end = expr.start.replace(year=expr.start.year + years), expr.end.replace(year=expr.end.year + years)
            if expr.precision == "month":  # the month's last day (February)
                end = _month_bounds(end.year, end.month)[1]
    except ValueError:  # 29 February of a year without one
        return expr
    return replace(expr, start=start, end=end)


_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d{2}\b")

#: The anchor :func:`match_time_rules` resolves absolute expressions against when an
#: article has no publication date: a far-future day that no period of the text may
#: run to ("since 2013" in an undated article is the year 2013, not 2013 to 9999). A
#: resolver told this anchor (``published == UNKNOWN_PUBLICATION``) knows there is no
#: publication date (:func:`crisisdesk.annotate.times_fr.resolve_french`, "depuis 2012").
UNKNOWN_PUBLICATION = date(9999, 12, 31)


#: A duration, not a date ("5 days", "the past 3 weeks", "in the course of 5 days",
#: "for two months"): dateparser would read "5 days" as five days ago.
_DURATION = re.compile(
    r"(?:(?:in\s+)?the\s+course\s+of\s+|(?:for|during|over|within|in)\s+(?:the\s+)?(?:past\s+|last\s+|next\s+)?|"
    r"the\s+(?:past|last|next)\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d+\s+(?:days?|weeks?|months?|years?|hours?)",
    re.IGNORECASE)


#: A DATE entity that is a number alone ("34", "(34)", "the 1000"), with an optional
#: article and brackets; dateparser reads "34" as 1934 and "5" as May.
_BARE_NUMBER = re.compile(r"[(\[]?\s*(?:the\s+)?(?P<number>\d+)\s*[)\]]?", re.IGNORECASE)
#: The earliest year a bare four-digit number is read as (modern-history context).
EARLIEST_BARE_YEAR = 1900


def _not_a_year(phrase: str, published: date) -> bool:
    """Whether a DATE entity is a bare number that names no date: one to three digits
    ("34", "(34)": a count, an item or a page number, never a year in news text), or four
    digits outside :data:`EARLIEST_BARE_YEAR` .. the publication year ("1000", "3200").
    Real years stay dates: "2019", "the 2020" (as in "the 2020 coup"); years with a cue
    ("in 2019", "since 2012") are read by the rules, not here."""
    m = _BARE_NUMBER.fullmatch(phrase.strip())
    if m is None:
        return False
    number = m.group("number")
    return len(number) != 4 or not EARLIEST_BARE_YEAR <= int(number) <= published.year


def match_time_rules(text: str, rules, resolve, published: date | None, absolute, skip,  # noqa: ANN001
                     taken: list[tuple[int, int]]) -> list[TimeExpression]:
    """Time expressions found by ordered regex ``rules`` (``[(kind, pattern)]``) in
    ``text``; a match overlapping an earlier one (``taken``: char spans, extended in
    place) or excluded by ``skip(start, end)`` is passed over. ``resolve(kind, match,
    anchor)`` gives ``(start, end, precision)`` or None. Without a ``published`` date only
    matches for which ``absolute(kind, match)`` holds are kept, resolved against a
    far-future anchor (they name their year). Shared by the English rules here and the
    French ones (:mod:`crisisdesk.annotate.times_fr`)."""
    found: list[TimeExpression] = []
    for kind, pattern in rules:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken) or skip(start, end):
                continue
            anchor = published
            if anchor is None:
                if not absolute(kind, m):
                    continue
                anchor = UNKNOWN_PUBLICATION
            result = resolve(kind, m, anchor)
            if result is None:
                continue
            s, e, precision = result
            taken.append((start, end))
            found.append(TimeExpression(text=m.group(0), start=s, end=e, precision=precision,
                                        span=Span(start, end, m.group(0))))
    return found


class TimeRecognizer:
    """Finds time expressions in text and resolves them against a publication date."""

    def __init__(self, use_dateparser: bool = True):
        self.use_dateparser = use_dateparser

    def recognise(self, text: str, published: date | datetime | None, date_entities=(),
                  skip=lambda start, end: False) -> list[TimeExpression]:
        """Time expressions of ``text`` in order. ``published`` anchors relative
        expressions (``None``: only absolute dates are kept). ``date_entities`` are
        ``(start, end)`` char spans of the model's DATE entities, tried with dateparser
        when no rule covered them; ``skip(start, end)`` excludes spans (e.g. URLs)."""
        if isinstance(published, datetime):
            published = published.date()
        taken: list[tuple[int, int]] = []
        found = match_time_rules(text, _RULES, resolve_match, published,
                                 lambda kind, m: kind in ("iso", "dmy", "mdy", "my", "year"), skip, taken)
        if self.use_dateparser and published is not None:
            for start, end in date_entities:
                if any(s < end and start < e for s, e in taken) or skip(start, end):
                    continue
                expr = self._dateparser(text[start:end], start, published)
                if expr is not None:
                    taken.append((start, end))
                    found.append(expr)
        found.sort(key=lambda t: t.span.start if t.span else 0)
        return found

    def _dateparser(self, phrase: str, start: int, published: date) -> TimeExpression | None:
        if not re.search(r"\d", phrase) or _DURATION.fullmatch(phrase.strip()) or _not_a_year(phrase, published):
            return None
        from dateparser.date import DateDataParser

        parser = DateDataParser(languages=["en"], settings={
            "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
            "RELATIVE_BASE": datetime(published.year, published.month, published.day)})
        try:
            data = parser.get_date_data(phrase)
        except Exception:  # dateparser raises assorted errors on odd input
            return None
        if data is None or data.date_obj is None:
            return None
        d = data.date_obj.date()
        period = data.period or "day"
        if period == "month":
            s, e = _month_bounds(d.year, d.month)
        elif period == "year":
            s, e = date(d.year, 1, 1), date(d.year, 12, 31)
        elif period == "week":
            s = d - timedelta(days=d.weekday())
            e = s + timedelta(days=6)
        else:
            period, s, e = "day", d, d
        if s > published + timedelta(days=FUTURE_TOLERANCE_DAYS):
            return None
        return TimeExpression(text=phrase, start=s, end=e, precision=period,
                              span=Span(start, start + len(phrase), phrase))
