"""Measures: what makes an objective measurable. Money, percentages, counts of things,
and concrete outcomes (a signed order, an agreed pilot, a named decision)."""

from __future__ import annotations

import re
from dataclasses import dataclass

MONEY = re.compile(
    r"(?:(?:[$£€₦₹¥₩₱₪]|\b(?:USD|EUR|GBP|AUD|CAD|NZD|SGD|HKD|INR|ZAR|NGN|KES|GHS|AED|SAR|QAR|CHF|SEK|NOK|DKK|PLN|CZK|"
    r"HUF|JPY|CNY|RMB|MYR|RM|PHP|IDR|THB|VND|BRL|MXN|CLP|COP|ARS)\s?)\d[\d,.]*\s?(?:k|m|bn|million|thousand)?\b|"
    r"\b\d[\d,.]*\s?(?:k|m)?\s?(?:USD|EUR|GBP|dollars|euros|pounds)\b)",
    re.IGNORECASE)
PERCENT = re.compile(r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)", re.IGNORECASE)
COUNT = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)"
    r"\s+(?:[a-z-]+\s+)?(?:seats?|licen[cs]es?|users?|units?|sites?|locations?|people|reps?|"
    r"stakeholders?|meetings?|demos?|orders?|trucks?|machines?|devices?|accounts?|modules?|"
    r"boxes?|pallets?|tons?|tonnes?|contracts?|references?|introductions?)\b",
    re.IGNORECASE)
# concrete outcomes: the result is a thing that either happened or did not
OUTCOME = re.compile(
    r"\b(?:(?:signed|verbal|written|firm|formal)\s+(?:[\w-]+\s+){0,2}?(?:order|contract|agreement|po|sow|commitment|yes|go-ahead|"
    r"confirmation|acceptance|"
    r"approval|loi|quote|quotation|proposal|offer|letter|mandate|application|form|nda)|"
    r"(?:sign|signs|signing|signature on|approve|approves|approval of|approval for|commit to|commits to|agree|agrees|agree to|agree on|agreement on|agreed|confirm|confirms|confirmed|book|books|booked|place|places|placing|award|awards)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:order|contract|agreement|po|purchase order|sow|pilot|trial|proposal|quote|renewal|budget|deal|date|start date|go-live|terms|price|pricing|scope|demo|workshop|meeting|next meeting|site visit|session|training|formulary|listing)|"
    r"purchase order|\bpo\b|go/no-go|go-no-go|go or no-go|decision (?:on|about|by)|(?:a|the|their|final)\s+decision|"
    r"(?:agreed|approved|paid)\s+(?:pilot|trial|budget|proof of concept|poc)|"
    r"(?:pilot|trial|poc|budget|order|order form|contract|agreement|sow|po|renewal|deal|quote|proposal|scope)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:agreed|approved|signed|countersigned|confirmed|booked|placed)|"
    r"(?:agreement|commitment|sign-off|approval|go-ahead|green light|verbal yes|a yes) (?:to|on|for)\b|"
    r"(?:introduction|intro|introduc(?:e|es|ing) (?:us|me|our \w+)) to (?:the |their |her |his )?(?:cfo|ceo|cto|cio|coo|vp|head|director|"
    r"decision[- ]maker|economic buyer|md|owner|board)|"
    r"(?:meeting|call|demo|viewing|visit|presentation) (?:booked )?with (?:the |their )?(?:[\w'’-]+\s+){0,3}?"
    r"(?:cfo|ceo|cto|cio|coo|vp|head|director|board|decision[- ]maker|economic buyer))\b",
    re.IGNORECASE)


YEAR = re.compile(r"^(?:19|20)\d\d$")
DURATIONS = {"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "second", "seconds"}


@dataclass(frozen=True)
class Measure:
    start: int
    end: int
    text: str
    kind: str  # money, percent, count, outcome


def find_measures(text: str, doc=None) -> list[Measure]:
    found = []
    if doc is not None:
        # a number counting a thing: "25 vehicles", "a 60-day pilot", "three sites"
        for i in _nummods(doc):
            token = doc[i]
            # "a 30-minute call" measures the call's length, not its outcome
            if token.head.tag_ in ("NN", "NNS") and token.i < token.head.i and token.head.lower_ not in DURATIONS \
                    and not YEAR.match(token.text):  # "the 2026 rates" dates the rates, it counts nothing
                start, end = token.idx, token.head.idx + len(token.head.text)
                found.append(Measure(start, end, text[start:end], "count"))
    for kind, pattern in (("money", MONEY), ("percent", PERCENT), ("count", COUNT), ("outcome", OUTCOME)):
        found.extend(Measure(m.start(), m.end(), m.group(), kind) for m in pattern.finditer(text))
    return sorted(found, key=lambda m: m.start)


def _nummods(doc) -> list[int]:
    import numpy as np
    from spacy.attrs import DEP

    if not len(doc):
        return []
    return np.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["nummod"]).tolist()
