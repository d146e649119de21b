"""`commitment`: a promise or request of future contact or delivery that lacks the date
(or, for calls and meetings, the time) that makes it a booked next step."""

from __future__ import annotations

from typing import Iterator

from ..options import Option
from ..slots import SUGGESTED_HOUR, format_day, propose_day, rewrite
from .base import Check, Hit

ACTION_WORDS = {"contact": "a call or meeting", "delivery": "sending something"}


class CommitmentCheck(Check):
    kind = "commitment"
    options = {
        "who": Option(list, ["rep", "prospect"], choices=("rep", "prospect"), items=str,
                      doc="whose commitments: the writer's side (rep) or the prospect's"),
        "modes": Option(list, ["promise", "request", "reported-request", "todo", "pending"], items=str,
                        choices=("promise", "request", "reported-request", "todo", "pending"),
                        doc="pending: a thing or meeting marked as still to come, with no verb ('Proposal - to follow')"),
        "actions": Option(list, ["contact", "delivery"], choices=("contact", "delivery"), items=str),
        "missing": Option(str, "date", choices=("date", "time"),
                          doc="date: no day at all; time: a call or meeting with a day but no time"),
    }
    fields = ("text", "sentence", "when", "action", "slot", "rewrite")

    def find(self, parsed) -> Iterator[Hit]:
        s = self.settings
        for c in parsed.commitments:
            if c.who not in s["who"] or c.mode not in s["modes"] or c.action not in s["actions"] or c.booked:
                continue
            precision = c.precision
            if s["missing"] == "date":
                dated = precision in ("day", "datetime") or (c.action == "delivery" and c.anchored)
                if dated:
                    continue
            elif c.action != "contact" or precision != "day":
                continue
            expression = _best(c.when)
            day = propose_day(parsed.anchor, expression)
            slot = f"by {format_day(day)}" if c.action == "delivery" else f"on {format_day(day)} at {SUGGESTED_HOUR}"
            sentence = parsed.document.text[c.start:c.end]
            yield Hit(c.start + len(sentence) - len(sentence.lstrip()), c.start + len(sentence.rstrip()), {
                "text": sentence.strip(),
                "sentence": sentence.strip(),
                "when": expression.text if expression else "no date",
                "action": ACTION_WORDS[c.action],
                "slot": slot.split(" ", 1)[1],
                "rewrite": rewrite(sentence, expression, c.start, slot),
            })


def _best(expressions):
    order = ("vague", "time", "day", "datetime")
    return max(expressions, key=lambda e: order.index(e.precision), default=None)
