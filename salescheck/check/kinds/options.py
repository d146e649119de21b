"""`options`: a proposal should offer two or more options and close with a choice
("Option A or Option B?"), not a yes/no ("let me know if you'd like to go ahead")."""

from __future__ import annotations

import re
from typing import Iterator

from ...read.quoting import SIGN_OFF
from ..options import Option, compile_regexes
from .base import Check, Hit, first_text_offset, sentence_hit

OPTION_TITLE = re.compile(
    r"^(?:(?:option|tier|package|plan|scenario|alternative|programme|program|variant)\s*(?P<label>[A-Z0-9]\b|one|two|three|four|1st|2nd|3rd)|"
    r"(?P<name>bronze|silver|gold|platinum|basic|standard|premium|starter|essentials?|growth|pro|professional|enterprise|plus|lite|core|advanced))\b",
    re.I)
ROW_LABELS = {"feature", "features", "plan", "plans", "package", "packages", "tier", "tiers", "option", "options"}
# headers of a line-item table, whose columns describe one offer rather than name plans
COLUMN_NAMES = re.compile(r"^(?:description|details?|what'?s included|included|scope|price|prices|cost|costs|fee|fees|"
                          r"qty|quantity|units?|unit price|rate|total|subtotal|amount|notes?|date|dates|duration|"
                          r"timing|when|owner|deliverables?)$", re.IGNORECASE)
OPTIONS_STATED = re.compile(
    r"\b(two|three|four|both|2|3|4)\s+(?:\w+\s+)?(?:options|packages|plans|tiers|ways|approaches|models|paths|routes|"
    r"choices|alternatives|configurations|versions|levels|bundles|scenarios|programmes|programs|variants|layouts|designs|"
    r"venues|formats)\b", re.IGNORECASE)
EITHER_OR = re.compile(r"\beither\b[^.?!]*\bor\b", re.IGNORECASE)
# an amount: a symbol, or a currency code before or after ("KES 3,150,000", "9.840 EUR")
CURRENCY_CODES = (r"USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|AED|SAR|QAR|EGP|KES|NGN|GHS|ZAR|INR|PKR|"
                  r"BDT|LKR|SGD|MYR|IDR|PHP|THB|VND|HKD|CNY|RMB|JPY|KRW|BRL|MXN|COP|CLP|ARS|PEN")
MONEY = re.compile(rf"[$£€₹₦]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:{CURRENCY_CODES})\b|\b(?:{CURRENCY_CODES})\s?\d[\d,.]*")
# a choice between offers implies two of them: "Which level would suit you best?"
CHOICE_OF_OFFERS = re.compile(
    r"(?<!after )(?<!before )(?<!under )(?<!of )(?<!in )(?<!by )(?<!upon )"  # not "…, after which terms may be reviewed"
    r"\bwhich (?:of the (?:two|three|four)|of these|one|(?:\w+ )?(?:option|level|package|tier|plan|term|version|"
    r"configuration|bundle|approach|route|scope|model|programme|program|variant|layout|design|venue|format|alternative)s?)\b",
    re.IGNORECASE)
# tiers that build on each other: "Everything in Essential, plus window cleaning"
BUILDS_ON = re.compile(r"\b(?i:everything|all) (?i:in|of|from) (?i:the )?(?:[A-Z][\w-]*|(?i:option) [A-D1-4])\b,? (?i:plus|and|as well as)\b")
OR_OPENS = re.compile(r"\s*(?:or|alternatively)\b", re.IGNORECASE)
SIGN_OFF_REACH = 10  # lines from the end where a sign-off may stand
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "both": 2, "2": 2, "3": 3, "4": 4}
OPTION_NOUNS = "option|tier|package|programme|variant|alternative"  # what an offer named by a letter is called
OPTION_MENTION = re.compile(rf"\b(?i:{OPTION_NOUNS}|configuration)\s+(?P<label>[A-D1-4])\b")
# "Please confirm programme A or B": two options named by their letters
LETTERS_OR = re.compile(rf"\b(?:{OPTION_NOUNS}|program|plan)s?\s+[A-D1-4]\s+(?:or|and|vs\.?|versus)\s+"
                        rf"(?:(?:{OPTION_NOUNS}|program|plan)\s+)?[A-D1-4]\b", re.IGNORECASE)
# a choice between offers put as a question: "Would you prefer monthly billing, or the annual plan with two months free?"
PREFER_OR = re.compile(r"\bprefer\b[^.?!]*\bor\b[^.?!]*\?", re.IGNORECASE)
OFFER_WORDS = re.compile(r"\b(?:plan|package|option|tier|billing|term|contract|subscription|licen[cs]e|bundle|version|edition|"
                         r"spec|specification|model)s?\b", re.IGNORECASE)


class OptionsCheck(Check):
    kind = "options"
    options = {
        "report": Option(str, "single-option", choices=("single-option", "yes-no-close")),
        "min_options": Option(int, 2),
        "yes_no": Option(list, [], items=str, doc="regexes for a go-ahead-or-not close"),
        "asks": Option(list, [], items=str, doc="regexes for a sentence that asks the reader to decide or confirm"),
        "go_ahead": Option(list, [], items=str,
                           doc="regexes for going ahead: with an `asks` match in one sentence, a yes/no close"),
        "choice": Option(list, [], items=str, doc="regexes for a close that asks the reader to choose"),
        "closing_sentences": Option(int, 4, doc="how many final sentences make the close"),
    }
    fields = ("text", "sentence", "count")

    def prepare(self, source, where):
        self.yes_no = compile_regexes("yes_no", self.settings["yes_no"], source, where)
        self.choice = compile_regexes("choice", self.settings["choice"], source, where)
        self.asks = compile_regexes("asks", self.settings["asks"], source, where)
        self.go_ahead = compile_regexes("go_ahead", self.settings["go_ahead"], source, where)
        if bool(self.asks) != bool(self.go_ahead):
            raise source.error("asks and go_ahead work together: give both or neither", *where)
        if self.settings["report"] == "yes-no-close" and not self.yes_no:
            raise source.error("report: yes-no-close needs a list of yes_no regexes", *where)

    def find(self, parsed) -> Iterator[Hit]:
        if self.settings["report"] == "single-option":
            count = count_options(parsed)
            if count < self.settings["min_options"]:
                anchor = next((x for x in parsed.sections if x.name in ("pricing", "options")), None)
                start = anchor.title_start if anchor else first_text_offset(parsed)
                end = parsed.document.text.find("\n", start)
                yield Hit(start, end if end > start else len(parsed.document.text),
                          {"text": parsed.document.text[start:end].strip(), "count": count})
            return
        closing = _before_sign_off(parsed, _whole_sentences(parsed))[-self.settings["closing_sentences"]:]
        if any(c.search(text) for _, text in closing for c in self.choice):
            return
        for start, text in closing:
            match = self._yes_no(text)
            if match:
                yield sentence_hit(parsed, start + match[0], start + match[1], count=count_options(parsed))
                return

    def _yes_no(self, text: str) -> tuple[int, int] | None:
        """Where a sentence asks whether to go ahead: a whole yes_no phrase, or a request
        for a decision ("Does this work for you?", "If you're happy, …") about going ahead."""
        for pattern in self.yes_no:
            match = pattern.search(text)
            if match:
                return match.span()
        if any(a.search(text) for a in self.asks):
            for pattern in self.go_ahead:
                match = pattern.search(text)
                if match:
                    return match.span()
        return None


def _before_sign_off(parsed, sentences: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The sentences above a sign-off near the end ("Ngā mihi," over the name and phone
    number of a proposal, which the reader keeps): the close is the last thing said."""
    document = parsed.document
    tail = range(max(0, len(document.lines) - SIGN_OFF_REACH), len(document.lines))
    sign_off = next((i for i in tail if SIGN_OFF.match(document.lines[i])), None)
    if sign_off is None:
        return sentences
    cut = document.line_start(sign_off)
    return [s for s in sentences if s[0] < cut]


def _whole_sentences(parsed) -> list[tuple[int, str]]:
    """(start, text) of each sentence, a piece the parser split off before "and I'll …"
    joined back to the sentence it continues."""
    text = parsed.document.text
    joined: list[list[int]] = []
    for sentence in parsed.sentences:
        # the text by offsets: Span.text visits every token
        whole = text[sentence.start_char:sentence.end_char]
        piece = whole.strip()
        if not piece:
            continue
        start = sentence.start_char + whole.find(piece)
        if joined and piece[0].islower() and "\n\n" not in text[joined[-1][1]:start]:
            joined[-1][1] = start + len(piece)
        else:
            joined.append([start, start + len(piece)])
    return [(a, text[a:b]) for a, b in joined]


def count_options(parsed) -> int:
    """How many distinct options a proposal offers: option headings or labels, items of
    an options section, "Option A/B" mentions, tier columns of a pricing table, or
    options stated in prose ("two packages", "either … for $6,500 … or … for $11,200"),
    whichever is most."""
    text = parsed.document.text
    titles = set()
    for section in parsed.sections:
        match = OPTION_TITLE.match(section.title.strip())
        if match:
            titles.add((match.group("label") or match.group("name")).lower())
    mentions = {m.group("label").upper() for m in OPTION_MENTION.finditer(text)}
    listed = 0
    for section in parsed.sections:
        # priced rows of a pricing table are usually parts of one offer, so only an
        # options section's items count as options
        if section.name != "options":
            continue
        blocks = [b for b in parsed.document.blocks
                  if section.body_start <= parsed.document.line_start(b.first) < section.end and b.role in ("item", "row")]
        listed = max(listed, len(blocks))
    return max(len(titles), len(mentions), listed, _tier_columns(parsed.document), _in_prose(parsed))


def _tier_columns(document) -> int:
    """A table whose header row leaves its first cell empty (or names the row labels) and
    heads two or more columns, each a plan: "| | Standard | Premium |"."""
    most, previous = 0, None
    for index in sorted(document.cells):
        cells = document.cells[index]
        is_header = previous is None or index != previous + 1
        previous = index
        if not is_header or len(cells) < 3:
            continue
        columns = [c.strip("*_ ") for c in cells[1:] if c.strip("*_ ")]
        if (not cells[0] or cells[0].lower() in ROW_LABELS) and not any(COLUMN_NAMES.match(c) for c in columns):
            most = max(most, len(columns))
    return most


def _in_prose(parsed) -> int:
    counted, priced = 0, False
    whole = parsed.document.text
    for sentence in parsed.sentences:
        text = whole[sentence.start_char:sentence.end_char]
        if not text.strip():
            continue
        if priced and OR_OPENS.match(text) and MONEY.search(text):
            counted = max(counted, 2)  # "… on its own for $24,900. Or you can pair it with a battery for $38,600."
        priced = bool(MONEY.search(text))
        stated = OPTIONS_STATED.search(text)
        if stated:
            counted = max(counted, NUMBER_WORDS.get(stated.group(1).lower(), 2))
        if EITHER_OR.search(text) and len(MONEY.findall(text)) >= 2:
            counted = max(counted, 2)
        amounts = list(MONEY.finditer(text))
        if len(amounts) >= 2 and re.search(r"\bor\b", text[amounts[0].end():amounts[-1].start()]):
            counted = max(counted, 2)  # "a 12-month term at £4,200 a month, or 36 months at £3,800"
        if LETTERS_OR.search(text) or (PREFER_OR.search(text) and OFFER_WORDS.search(text)):
            counted = max(counted, 2)
        if CHOICE_OF_OFFERS.search(text) or BUILDS_ON.search(text):
            counted = max(counted, 2)
    return counted
