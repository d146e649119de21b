"""`cadence`: pestering in an activity log — repeated unanswered attempts in a short
window, or a voicemail left with no booked follow-up after it."""

from __future__ import annotations

import re
from typing import Iterator

from ..options import Option, compile_regexes
from .base import Check, Hit

# one entry that says it is the third try: "LVM (3rd this week)", "dialled x3 today, no answer"
ORDINAL_REPEAT = re.compile(r"\b(?:[3-9](?:rd|th)|third|fourth|fifth|sixth)\b(?!\s+(?:floor|party|quarter))|"
                            r"(?<!\w)x\s?[3-9]\b|\b(?:[3-9]|three|four|five) times\b", re.I)


class CadenceCheck(Check):
    kind = "cadence"
    options = {
        "report": Option(str, "repeated-attempts", choices=("repeated-attempts", "voicemail-unbooked")),
        "attempt": Option(list, [], items=str, doc="regexes for an attempt that got no answer"),
        "answered": Option(list, [], items=str, doc="regexes for a real conversation (resets the count)"),
        "voicemail": Option(list, [], items=str, doc="regexes for a voicemail left"),
        "booked": Option(list, [], items=str, doc="regexes for a booked follow-up"),
        "max_attempts": Option(int, 3, doc="this many unanswered attempts in the window is pestering"),
        "window_days": Option(int, 7),
    }
    fields = ("text", "count", "days")

    def prepare(self, source, where):
        s = self.settings
        self.attempt = compile_regexes("attempt", s["attempt"], source, where)
        self.answered = compile_regexes("answered", s["answered"], source, where)
        self.voicemail = compile_regexes("voicemail", s["voicemail"], source, where)
        self.booked = compile_regexes("booked", s["booked"], source, where)
        needed = {"repeated-attempts": ("attempt", self.attempt), "voicemail-unbooked": ("voicemail", self.voicemail)}
        key, compiled = needed[s["report"]]
        if not compiled:
            raise source.error(f"report: {s['report']} needs a list of {key} regexes", *where)

    def find(self, parsed) -> Iterator[Hit]:
        entries = parsed.log_entries
        if self.settings["report"] == "repeated-attempts":
            yield from self._repeated(entries)
        else:
            yield from self._unbooked_voicemail(parsed, entries)

    def _repeated(self, entries: list) -> Iterator[Hit]:
        streak: list = []
        reported = False
        for entry in entries:
            if any(a.search(entry.text) for a in self.answered):
                streak, reported = [], False
                continue
            if not any(a.search(entry.text) for a in self.attempt):
                continue
            streak.append(entry)
            window = [e for e in streak if _within(e, entry, self.settings["window_days"])]
            count = max(len(window), 3 if ORDINAL_REPEAT.search(entry.text) else 0)
            if count >= self.settings["max_attempts"] and not reported:
                reported = True
                days = (entry.date - window[0].date).days if entry.date and window[0].date else 0
                yield Hit(entry.start, entry.end, {"text": entry.text, "count": count, "days": days + 1})

    def _unbooked_voicemail(self, parsed, entries: list) -> Iterator[Hit]:
        voicemails = [i for i, e in enumerate(entries) if any(v.search(e.text) for v in self.voicemail)]
        if not voicemails:
            return
        last = voicemails[-1]
        later = entries[last:]
        if any(self._booked(parsed, e) for e in later):
            return
        entry = entries[last]
        # from the line that leaves it: an entry may run over lines ("Tried her mobile, no
        # answer." over "Left VM for Sandra …")
        at = min((m.start() for v in self.voicemail for m in [v.search(entry.text)] if m), default=0)
        # answered later, or in a later sentence of the same entry: "left VM, then texted. She
        # replied straight away" (not "LVM re what we talked about on Tuesday")
        then = STEP_BREAK.search(entry.text, at)
        own = entry.text[then.end():] if then else ""
        if any(a.search(text) for text in [own, *(e.text for e in later[1:])] for a in self.answered):
            return
        document = parsed.document
        line = document.line_index(entry.start + at)
        start = max(entry.start, document.line_start(line) + len(document.lines[line]) - len(document.lines[line].lstrip()))
        yield Hit(start, entry.end, {"text": document.text[start:entry.end].strip(), "count": len(voicemails), "days": 0})

    def _booked(self, parsed, entry) -> bool:
        # an entry's own stamp is when it happened ("12/05 14:10 rang, LVM"), unless it lies
        # ahead of the document's date ("Mon 9 March, 12:30: agree pilot scope" under Next step)
        ahead = entry.date is not None and entry.date > parsed.anchor
        slot = any((entry.start < e.start or ahead) and entry.start <= e.start < entry.end and e.precision == "datetime"
                   for e in parsed.time_expressions)
        return slot and any(b.search(entry.text) for b in self.booked)


STEP_BREAK = re.compile(r"[.;!](?:\s|$)|\s[-–—]\s")  # where an entry's next step starts


def _within(first, last, days: int) -> bool:
    if first.date is None or last.date is None:
        return True
    return 0 <= (last.date - first.date).days < days
