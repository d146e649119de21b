"""Time expressions: find them, grade how precise they are, resolve them to a date.

Precision is what the commitment rules care about:
- ``vague``: "soon", "next week", "in a few days", "w/c 9 March", "Q3";
- ``day``: "Tuesday", "3 March", "tomorrow", "EOD Friday";
- ``time``: a clock time with no day ("at 10:00");
- ``datetime``: a day and a clock time ("Tue 3 March at 10:00", "2.30pm on Friday").

Written on the raw text with regular expressions, since dates follow spelling rather than
grammar; the parser's DATE/TIME entities miss "3/3" and "EOD Fri" and split "Tue 3 March
10:00" in odd places.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .leads import WHOLE, led, lowered, matches, read_lead

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "weds": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
MONTHS = {
    name: number for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
_FULL_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# short weekday names are ordinary words too ("sat", "wed", "mon", "sun"): only capitalised ones count, but
# notes' lower-case "fri", "thu", "tue", "weds" are no other word
_SHORT_WEEKDAY = r"(?-i:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun|MON|TUES?|WEDS?|THU(?:RS?)?|FRI|tues?|weds|thu(?:rs?)?|fri)\.?"
WEEKDAY = rf"(?:{_FULL_WEEKDAY}|{_SHORT_WEEKDAY})"
MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|" \
        r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
ORD = r"(?:st|nd|rd|th)?"
TZ = (r"(?:\s*\(?(?:CET|CEST|GMT|BST|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|AEST|AEDT|AWST|ACST|IST|SGT|"
      r"(?-i:SAST|WAT|CAT|EAT|EET|EEST|HKT|JST|NZST|NZDT|MSK))\)?)")  # those that are words too only in capitals
MERIDIEM = r"(?:a\.?m\.?|p\.?m\.?)(?![a-z])"

_AFTER_PREPOSITION = "|".join(rf"(?<=\b{word} )" for word in ("by", "on", "before", "until", "till", "for"))

# each pattern names the fields it fills; order matters only for overlaps (longest wins)
PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ("iso", r"\b(?P<year>20\d{2})/(?P<month>\d{2})/(?P<day>\d{2})\b"),  # 2026/03/10
    ("day_month", rf"\b(?P<day>\d{{1,2}}){ORD}(?:\s+of)?[\s-]+(?P<month_name>{MONTH})(?:,?[ \t-]+(?P<year>\d{{4}}))?(?![\w])"),
    ("month_day", rf"\b(?P<month_name>{MONTH})\s+(?P<day>\d{{1,2}}){ORD}(?![\d:.]\d)(?!\s*(?:%|am|pm|a\.m|p\.m))(?:,?[ \t]+(?P<year>\d{{4}}))?\b"),
    ("numeric", r"(?<![\d/.$£€])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<year>\d{2}|\d{4}))?(?![\d/%])"),
    # "03.03.", "03.03.2026", and "27.04 at 14:00" (a bare 27.04 may be a price)
    ("numeric", r"(?<![\d.$£€])(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?:\.(?P<year>\d{4})\b|\.(?!\d)|(?=[ \t]+(?:at|@)[ \t]+\d))"),
    ("numeric", r"(?m:^)\s*(?P<a>\d{1,2})-(?P<b>\d{1,2})(?=\s)"),
    # "Fri 6th", "Thursday the 22nd": a weekday and a day of the month, no month named
    ("weekday_ord", rf"\b(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{MONTH})"),
    # "by the 20th", "after the 15th": a day of this month or the next, no month named
    ("weekday_ord", rf"(?:{_AFTER_PREPOSITION})the\s+(?P<day>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b"
                    rf"(?!\s+(?:of\s+)?{MONTH})(?!\s+(?:time|floor|anniversary|century|percentile|place|day|week|month)\b)"),
    # "Thursday 19 at 11:00", "Tue 24, 10:00": a bare day too high for an hour, closed off
    ("weekday_ord", rf"\b(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?(?P<day>1[3-9]|2\d|3[01])(?=\s+(?:at|@)\s|\s*[,;)]|\.(?!\d)|\s*$)"),
    ("day_hour", rf"\b(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\s+(?:at|@)\s+(?P<hour>\d{{1,2}})"
                 rf"(?![\d:.%]|h\d)(?!\s*(?:{MERIDIEM}|%|per\b))"),
    ("weekday", rf"\b(?:(?P<rel>next|this|coming|last)\s+)?(?P<weekday>{WEEKDAY})(?![\w])(?:\s+(?P<part>morning|afternoon|evening|lunchtime|am|pm)\b)?"),
    ("relday", r"\b(?P<relday>today|tonight|tomorrow|tmrw|tmr|day after tomorrow)\b(?:\s+(?P<part>morning|afternoon|evening|night|lunchtime)\b)?"),
    ("relday", r"\bthis\s+(?P<part>morning|afternoon|evening)\b"),
    ("eod", rf"\b(?:EOD|COB|EOP|end of (?:the )?(?:business )?day|close of (?:business|play))(?:\s+(?:on\s+)?(?P<weekday>{WEEKDAY}|today|tomorrow))?\b"),
    ("in_days", r"\bin\s+(?P<count>\d+|one|two|three|four|five|six|seven)\s+(?:business\s+|working\s+)?days?\b"),
    ("clock", rf"\b(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<meridiem>{MERIDIEM}){TZ}?"),
    ("clock", rf"(?<![\d.:$£€])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]){TZ}?(?:\s*(?:hrs|h)\b)?"),
    # a CRM's log: "3/10 Tue 4:40p", "8:05a" (am or pm as one letter, only after minutes)
    ("clock", r"(?<![\d.:$£€])(?P<hour>1[0-2]|0?[1-9]):(?P<minute>[0-5]\d)(?P<meridiem>[ap])(?![\w.'’])"),
    ("clock", rf"(?i:(?:\b(?:at|from|by)|@)\s+)(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d.])(?:\s*(?P<meridiem>{MERIDIEM}))?{TZ}?"),
    ("clock", rf"\b(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs|h){TZ}?\b"),
    # "at 11h00", "from 15h30" (not "a 2h30 workshop", a duration)
    ("clock", rf"(?i:(?:\b(?:at|from|by|until|till)|@)\s+)(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)?\b{TZ}?"),
    ("clock", rf"(?<![\d.:$£€])(?P<hour>[01]\d|2[0-3])h(?P<minute>[0-5]\d)\b{TZ}?"),  # "Wed 25 March 09h00"
    ("clock", r"(?<![\d.$£€])(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?=\s+(?:on|tomorrow|today|this|next)\b)"),
    ("clock", rf"(?<![\d:])(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?{TZ}(?![\w])"),
    ("noon", r"\b(?P<noon>noon|midday|midnight)\b"),
    # "3 o'clock", British "half 2" (2:30): hours that say nothing of morning or afternoon
    ("bare_hour", rf"\b(?P<hour>1[0-2]|[1-9])\s*o'?clock\b(?:\s*(?P<meridiem>{MERIDIEM}))?"),
    ("bare_hour", r"(?i:\bhalf\s+(?:past\s+)?)(?P<hour>1[0-2]|[1-9])\b(?![\d:.%]|h\d)"
                  r"(?=\s*(?:$|\n|[,;!?)]|\.(?!\d)|\s(?:on|tomorrow|today|tonight|this|next|then|or|for|with|and|if|so)\b))"),
    # "Thursday at 3 suit you?": after a day, a bare number is an hour whatever follows
    ("day_hour", rf"\b(?P<weekday>{WEEKDAY}|today|tomorrow)\s+(?:at|@)\s+(?P<hour>\d{{1,2}})(?![\d:.%]|h\d)(?!\s*(?:{MERIDIEM}|%|per\b))"),
    ("bare_hour", r"(?i:(?:\bat|@)\s+)(?P<hour>\d{1,2})(?=\s*(?:$|\n|[,;!?)]|\.(?!\d)|o'?clock|ish\b|sharp\b|\s(?:on|tomorrow|today|tonight|next|this|or|then|to|for|with|and|if|so|please|as)\b))"),
    ("vague", r"\b(?:(?:early|late|later|end of|the end of|by the end of|sometime|some time|mid|the middle of)\s+)?(?:next|nxt|this|the coming|the following)\s+(?:week|month|quarter|year|wk|mth|qtr|yr)\b"),
    ("vague", r"\b(?:later|early|end of|the end of|sometime) (?:this|the) (?:week|month)\b|\bend of (?:the )?(?:week|month|quarter|year)\b"),
    ("vague", r"\b(?:later|earlier|early|late) in the (?:week|month|quarter|year)\b"),
    ("vague", r"\b(?-i:EOW|EOM|EOQ|EOY|EOFY)\b"),  # end of week/month/quarter/(financial) year
    ("vague", r"(?<!\bno )(?<!\bnot )\blater\b(?!\s+(?:than|today|tonight|tomorrow|this|that|on|in)\b)"),  # "We will deliver the specification later" (not "no later than")
    ("vague", r"\b(?:week|month|quarter|year)[- ]end\b"),
    ("vague", r"\bcloser to the (?:date|day|time|event|launch|go-live|opening|wedding)\b"),  # "closer to the day"
    ("vague", r"\b(?:soon|shortly|asap|a\.s\.a\.p\.?|in due course|sometime|at some point|down the line|in the near future|later on|at a later date|when (?:you(?:'re| are)|convenient))\b"),
    ("vague", r"\b(?:in|within|over|after)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:a|an|one|two|three|four|five|six|a few|a couple(?: of)?|few|couple of|several|\d+)\s+(?:more\s+)?(?:business\s+|working\s+)?(?:weeks?|wks?|months?|mths?|days?)\b(?:\s+or\s+(?:so|two))?"),
    ("vague", r"\bin\s+a\s+(?:day|week|month)\s+or\s+two\b|\b(?:in|over|within)\s+the\s+(?:coming|next)\s+(?:days|weeks|months)\b|\b(?:the\s+)?(?:next|coming)\s+(?:few|couple(?:\s+of)?)\s+(?:days|weeks)\b"),
    ("vague", rf"\b(?:w/c|w\.c\.|wc|week commencing|week beginning|the week (?:of|after|before))\s+(?:(?:{WEEKDAY})\s+)?(?P<week_of>[\w ,/.]{{3,16}}?)(?=[\s,.;:)]|$)"),
    ("vague", r"\b(?:(?:sometime|some time|early|late|mid|by the end of|end of)\s+(?:in\s+|during\s+)?)?(?:Q[1-4]|H[12])(?:\s+\d{4})?\b|\b(?:in|during|by|for|until|till|early|late|mid|(?:the )?(?:end|start|beginning|middle) of)[\s-]+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4}\b|\b(?!\s+\d))|\b(?:after|before) the (?:holidays|break|summer|new year)\b|\bin the new year\b|\bnext time\b"),
    ("vague", r"\b(?:in|within|over)\s+(?:a|one|the next|the coming)\s+fortnight\b|\b(?:next|this|the coming)\s+fortnight\b|"
              r"\b(?:after|before|over|around|by)\s+(?:the\s+)?(?-i:Easter|Christmas|Xmas|(?:Chinese |Lunar )?New Year|Thanksgiving|Diwali|Eid|Passover|Ramadan|Hanukkah|Golden Week|Carnival|Carnaval|Songkran|Chuseok|Tet|Holi|Hari Raya|(?:St.? |Saint )?Patrick's Day|Paddy's Day|Labor Day|Labour Day|Memorial Day|Independence Day)\b|"
              r"\b(?:after|before|over)\s+(?:the\s+)?(?:summer|half[- ]term|bank holiday|school holidays|holiday season|festive period|"
              r"(?:long|holiday|bank holiday) weekend)\b|\b(?:the\s+)?(?:week|wk) after next\b"),
]


def compile_pattern(name: str, pattern: str, opening: bool = True) -> re.Pattern:
    """A loose phrase may wrap over two lines ("later this" / "week"): each of its spaces
    matches one whitespace character.
    With `opening`, the characters a match can start with go in front (see leads.py): the
    same matches, found several times faster; iterate them with leads.matches."""
    return _prepared(name, pattern, opening)[0]


def _prepared(name: str, pattern: str, opening: bool = True) -> tuple[re.Pattern, tuple[str, ...] | None]:
    """The compiled pattern and its words, from one reading of its source."""
    source = pattern.replace(" ", r"\s") if name == "vague" else pattern
    if opening:
        return led(source, re.IGNORECASE)
    return re.compile(source, re.IGNORECASE), read_lead(source, re.IGNORECASE)[1]




@functools.cache
def _compiled() -> list[tuple[str, re.Pattern, tuple[str, ...] | None]]:
    """(kind, compiled pattern, its words): compiled on first use, since checks that
    only resolve dates import this module too. A pattern is only tried where one of its
    words is."""
    return [(name, compiled, words) for (name, pattern) in PATTERNS for compiled, words in [_prepared(name, pattern)]]

# a report right after a time expression, in the same sentence: the time is when it was said ("On 14 January the
# council said they would revert …"; not "… by Wednesday 15 April. You mentioned …", nor "…, as mentioned")
SAID_AFTER = re.compile(r"(?<![.!?]),?[ \t]+(?!as\b)(?:[\w'’-]+[ \t]+){0,3}?(?:said|told|mentioned|indicated|wrote|replied)\b",
                        re.IGNORECASE)

# what may stand between a day and a time of one expression: "Tue 3 March, at 10:00"
JOINER = re.compile(r"^[\s,]*(?:(?:at|@|on|from|by|around|about|approx\.?|the|-|–|—|,|\(|\))\s*)*$", re.I)
JOIN_GAP = 14
DOTTED_TIME = re.compile(rf"[ \t]*,?[ \t]*(?:at[ \t]+)?(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d%]|\.\d)"
                         rf"(?![ \t]*(?:per|each|an?\s|/|x\b|kg|tonnes?|tons?|units?|m\b|k\b|million|bn|pence|p\b))"
                         rf"(?:[ \t]*(?P<meridiem>{MERIDIEM}))?")
H_TIME = re.compile(r"\)?[ \t]*,?[ \t]*(?:at[ \t]+)?(?P<hour>[01]?\d|2[0-3])h(?P<minute>[0-5]\d)?(?![\w])"
                    r"(?![ \t]+(?:sessions?|workshops?|meetings?|calls?|slots?|drives?|flights?|blocks?|windows?|courses?|"
                    r"training|shifts?|visits?|demos?|tours?|of|per|a|each)\b)", re.IGNORECASE)  # not a duration: "a 2h session"
HOUR_AFTER_DAY = re.compile(
    rf"[ \t]*,?[ \t]*(?P<at>at|@)[ \t]+(?P<hour>1[0-2]|0?[1-9])(?![\d:.%]|h\d)(?![ \t]*(?:{MERIDIEM}|%|per\b))"
    r"(?![ \t]+(?:of|sites?|locations?|people|users?|pax|units?|stores?|branches|depots?|seats?|licen[cs]es?|trucks?|"
    r"vans?|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|percent|pm\b|am\b))", re.IGNORECASE)
DAY_KINDS = {"weekday_ord", "iso", "day_month", "month_day", "numeric", "weekday", "relday", "eod", "in_days", "day_hour"}
TIME_KINDS = {"clock", "noon", "bare_hour", "day_hour", "eod"}  # EOD: the close of the working day
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    precision: str  # vague, day, time, datetime
    parts: tuple[str, ...] = ()  # the pattern kinds merged into this expression
    fields: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def has_day(self) -> bool:
        return self.precision in ("day", "datetime")

    @property
    def has_time(self) -> bool:
        return self.precision in ("time", "datetime")


def find_time_expressions(text: str) -> list[TimeExpression]:
    """Every time expression in `text`, left to right, adjacent day and time merged."""
    found: list[tuple[int, int, str, dict]] = []
    folded = lowered(text)
    for kind, pattern, words in _compiled():
        if words is not None and not any(word in folded for word in words):
            continue
        for start, end, match in matches(pattern, text):
            fields = {k: v for k, v in match.groupdict().items() if v and k != WHOLE}
            if _plausible(kind, fields):
                whole = text[start:end]
                found.append((start + len(whole) - len(whole.lstrip()), end, kind, fields))
    found = _longest(found)
    return _merge(_longest(found + list(_dotted_times_after_days(found, text))), text)


def _dotted_times_after_days(found, text: str):
    """"Thurs 5 Feb, 2.30": right after a day, a dotted number is its time, not a decimal;
    "the 28th (Thursday), 10h Brasília time": after a day, an hour written with h;
    "Thursday 9/4 at 3 in your office": after a day, "at" and a number is its hour."""
    starts = {f[0] for f in found}
    for start, end, kind, _ in found:
        if kind in DAY_KINDS and kind not in TIME_KINDS:
            match = DOTTED_TIME.match(text, end) or H_TIME.match(text, end)
            if match and match.start("hour") not in starts:
                yield (match.start("hour"), match.end(), "clock", {k: v for k, v in match.groupdict().items() if v})
                continue
            match = HOUR_AFTER_DAY.match(text, end)
            if match and match.start("hour") not in starts:
                yield (match.start("at"), match.end(), "bare_hour", {"hour": match.group("hour")})


def _plausible(kind: str, fields: dict) -> bool:
    if kind == "numeric":
        a, b = int(fields["a"]), int(fields["b"])
        if (a, b) == (24, 7) or not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return False
    if kind in ("day_month", "month_day") and not 1 <= int(fields["day"]) <= 31:
        return False
    if kind in ("clock", "bare_hour", "day_hour") and int(fields["hour"]) > (12 if fields.get("meridiem") else 23):
        return False
    return True


def _longest(found):
    """Drop matches inside longer ones; earliest-then-longest wins an overlap."""
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


def _merge(found, text: str) -> list[TimeExpression]:
    groups: list[list] = []
    for item in found:
        if groups:
            last = groups[-1][-1]
            gap = text[last[1]:item[0]]
            kinds = {g[2] for g in groups[-1]}
            if len(gap) <= JOIN_GAP and JOINER.match(gap) and (_joins(kinds, item[2]) or _weekday_in_brackets(kinds, item[2], gap)) \
                    and not (kinds == {"vague"} and _opens_a_line(text, gap, item[0])):
                groups[-1].append(item)
                continue
        groups.append([item])
    expressions = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
            end += 1  # "17/03 (Wed)": close the bracket the group opened
        kinds = tuple(g[2] for g in group)
        fields: dict = {}
        for g in group:
            fields.update({k: v for k, v in g[3].items() if k not in fields})
        expressions.append(TimeExpression(start, end, text[start:end], _precision(kinds, fields), kinds, fields))
    return expressions


def _opens_a_line(text: str, gap: str, start: int) -> bool:
    """The next expression opens the next line: after a loose time ("… try him again next
    week" over "02-09 called Dr. Shah …") it is a log line's date, not more of this line's
    expression (a weekday wrapped before its date, "Saturday" over "25 April", still joins)."""
    return "\n" in gap and not text[text.rfind("\n", 0, start) + 1:start].strip()


def _weekday_in_brackets(kinds: set[str], new: str, gap: str) -> bool:
    """"2026-03-17 (Wednesday)": the weekday a date is given, after it."""
    return new == "weekday" and "(" in gap and bool(kinds & {"iso", "day_month", "month_day", "numeric", "weekday_ord"}) \
        and "weekday" not in kinds and not kinds & TIME_KINDS


def _joins(kinds: set[str], new: str) -> bool:
    """A day joins a time and a weekday joins a date; two dates or two times stay apart."""
    if new in TIME_KINDS:
        return not kinds & TIME_KINDS
    if new in DAY_KINDS:
        if kinds & DAY_KINDS:
            return new != "weekday" and kinds & DAY_KINDS <= {"weekday", "eod"}  # "EOD Fri 3/6"
        return True
    return False


def _precision(kinds: tuple[str, ...], fields: dict) -> str:
    kinds_set = set(kinds)
    if "vague" in kinds_set:
        return "vague"
    has_day = bool(kinds_set & DAY_KINDS)
    has_time = bool(kinds_set & TIME_KINDS)
    if has_day and has_time:
        return "datetime"
    if has_day:
        return "day"
    return "time"


def resolve_when(expression: TimeExpression, anchor: dt.date, day_first: bool | None = None) -> dt.date | None:
    """The calendar date an expression names, read from `anchor` (the document's date).

    Numeric dates such as 3/4 need `day_first` unless one reading is impossible; None
    comes back when the date cannot be told (vague, ambiguous, or not a real date)."""
    f = expression.fields
    if expression.precision == "vague" or not expression.has_day:
        return None
    try:
        if "month_name" in f or "month" in f:
            month = MONTHS[f["month_name"].lower().rstrip(".")] if "month_name" in f else int(f["month"])
            return _with_year(int(f["day"]), month, f.get("year"), anchor)
        if "a" in f:
            a, b = int(f["a"]), int(f["b"])
            if a > 12:
                day_first = True
            elif b > 12:
                day_first = False
            elif a == b:
                day_first = True
            if day_first is None:
                return _settled_by_weekday(a, b, f, anchor)
            day, month = (a, b) if day_first else (b, a)
            return _with_year(day, month, f.get("year"), anchor)
    except ValueError:
        return None
    if "day" in f:  # "Fri 6th": the next such day of the month (on that weekday, when named)
        return _day_of_month(int(f["day"]), WEEKDAYS.get((f.get("weekday") or "").lower().rstrip(".")), anchor)
    if "relday" in f:
        word = f["relday"].lower()
        offset = 2 if word.startswith("day after") else 1 if word.startswith("tom") or word.startswith("tm") else 0
        return anchor + dt.timedelta(days=offset)
    if "weekday" in f:
        word = f["weekday"].lower().rstrip(".")
        if word in ("today", "tomorrow"):
            return anchor + dt.timedelta(days=0 if word == "today" else 1)
        return _weekday(WEEKDAYS[word], (f.get("rel") or "").lower(), anchor)
    if "count" in f:
        count = f["count"].lower()
        return anchor + dt.timedelta(days=NUMBER_WORDS.get(count) or int(count))
    if "eod" in expression.parts or "part" in f:
        return anchor
    return None


def _settled_by_weekday(a: int, b: int, fields: dict, anchor: dt.date) -> dt.date | None:
    """"Thu 3/5": of 3 May and 5 March, the one that is a Thursday; if both are, the one
    in the coming month when the other is months away (else None)."""
    weekday = WEEKDAYS.get((fields.get("weekday") or "").lower().rstrip("."))
    if weekday is None:
        return None
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(_with_year(day, month, fields.get("year"), anchor))
        except ValueError:
            pass
    matching = [r for r in readings if r.weekday() == weekday]
    if len(matching) == 2:  # "Thursday 3/12" written on Tue 10 March: this week's, not December's
        near = [r for r in matching if 0 <= (r - anchor).days <= 31]
        far = [r for r in matching if abs((r - anchor).days) > 90]
        return near[0] if len(near) == 1 and len(far) == 1 else None
    return matching[0] if len(matching) == 1 else None


def _day_of_month(day: int, weekday: int | None, anchor: dt.date) -> dt.date | None:
    """The next such day of the month on that weekday, within two months; if none is, the
    next such day whatever its weekday ("Wednesday the 12th" written on Tue 10 March is
    Thu 12 March with the weekday wrong, not Wed 12 August)."""
    year, month = anchor.year, anchor.month
    first = None
    for _ in range(13):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate >= anchor:
            first = first or candidate
            if weekday is None or candidate.weekday() == weekday:
                return candidate if (candidate - anchor).days <= 62 else first
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return first


def _with_year(day: int, month: int, year: str | None, anchor: dt.date) -> dt.date:
    if year:
        number = int(year)
        return dt.date(number + 2000 if number < 100 else number, month, day)
    candidate = dt.date(anchor.year, month, day)
    # "3 January" written in late December means the coming January
    if (anchor - candidate).days > 183:
        candidate = dt.date(anchor.year + 1, month, day)
    return candidate


def _weekday(weekday: int, rel: str, anchor: dt.date) -> dt.date:
    ahead = (weekday - anchor.weekday()) % 7
    if rel == "last":
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    if rel == "next":
        # "next Tuesday": the Tuesday of next week
        start_of_next_week = anchor + dt.timedelta(days=7 - anchor.weekday())
        return start_of_next_week + dt.timedelta(days=weekday)
    return anchor + dt.timedelta(days=ahead or 7)


def stated_weekday(expression: TimeExpression) -> int | None:
    """The weekday an expression spells out alongside a date ("Tue 3 March"), if any."""
    word = expression.fields.get("weekday")
    if not word or not {"weekday", "eod", "weekday_ord"} & set(expression.parts):
        return None
    return WEEKDAYS.get(word.lower().rstrip("."))
