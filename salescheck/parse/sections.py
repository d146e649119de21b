"""Sections of a plan or proposal: Markdown headings and `Label:` lines (Objective,
Goal, Purpose, Agenda, Next steps, Options, Pricing), with the text each one holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

CANONICAL = {
    "objective": r"(?:(?:call|meeting|visit|demo|primary|main|our|my|sales|key|target|desired)\s+)?"
                 r"(?:objectives?|obj|goals?|purpose|aims?|outcomes?|target|win|success criteria|what success looks like|success)"
                 r"(?:\s+(?:for|of)\s+(?:the|this|today\'s|tomorrow\'s|\w+day\'s)\s+(?:call|meeting|visit|demo))?"
                 r"|what (?:i|we) want (?:from|out of) (?:the|this) (?:call|meeting|visit)",
    "agenda": r"agenda|topics|talking points|plan for the call",
    "next-steps": r"next steps?|actions?|action items|follow[- ]?ups?|todo|to do",
    "options": r"options?|packages?|tiers?|plans|choices|alternatives",
    "pricing": r"pricing|prices?|investment|fees?|costs?|quote|commercials",
    "when": r"when|date|time|date and time|meeting|call|scheduled|booked|appointment|visit date",
}
# "Objective: …", and the dashes people type instead of a colon ("Objective – …")
LABEL = re.compile(r"^(?P<indent>\s*)(?:\*\*|__)?(?P<label>[A-Za-z][\w /&'’-]{0,40}?)\s*(?::(?:\*\*|__)?|(?:\*\*|__)?:|"
                   r"\s[–—-])\s*(?P<rest>.*)$")  # and in bold: "**Objective:** land a $50K order"
PERSON = re.compile(r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof)\.?\s")
NAMED = {name: re.compile(rf"^(?:{pattern})$", re.IGNORECASE) for name, pattern in CANONICAL.items()}


@dataclass(frozen=True)
class Section:
    name: str  # canonical name, or the title lower-cased when it is none of them
    title: str
    title_start: int
    body_start: int
    end: int
    heading: bool  # a heading rather than a Label: line


def canonical(title: str) -> str:
    title = re.sub(r"\s*\([^)]*\)\s*:?\s*$", "", title) or title  # "Next steps (to agree on the call)"
    clean = re.sub(r"[^\w /&'-]", " ", title).strip()
    clean = re.sub(r"^\d+[.)]?\s*", "", clean)
    for name, pattern in NAMED.items():
        if pattern.match(clean):
            return name
    return clean.lower()


def find_sections(document) -> list[Section]:
    text = document.text
    marks: list[tuple[int, int, str, bool]] = []  # (title start, body start, title, heading)
    rows: dict[int, int] = {}  # title start of a table row's or a list item's section -> where it ends
    for block in document.blocks:
        first = document.lines[block.first]
        start = document.line_start(block.first)
        cells = [c.strip("*_` ") for c in document.cells.get(block.first, ())]
        if block.role == "row" and len(cells) >= 2 and cells[1] and canonical(cells[0]) in NAMED:
            # "| Objective | Agree the pilot scope … by Fri 6 March |"
            title_at = first.find(cells[0]) if cells[0] else -1
            body_at = first.find(cells[1], title_at + len(cells[0]))
            if 0 <= title_at < body_at:
                marks.append((start + title_at, start + body_at, cells[0], False))
                rows[start + title_at] = start + len(first.rstrip())
            continue
        if block.role == "heading" or bare_heading(document, block):
            marks.append((start + len(first) - len(first.lstrip()), start + len(first) + 1, first.strip(), True))
            continue
        label = _label(first)
        if label:
            body = start + label.start("rest")
            marks.append((start + len(label.group("indent")), body, label.group("label"), False))
            if block.role == "item":  # "- Objective: …" ends with its item, whatever the next item is
                rows[start + len(label.group("indent"))] = document.line_start(block.last) + len(document.lines[block.last].rstrip())
        if block.role == "para":  # a plain-text plan types its labels one under another: "pre-call: …" over "obj: …"
            for index in range(block.first + 1, block.last + 1):
                label = _label(document.lines[index])
                # a known section anywhere; any label in a run of them ("when: …", "objective: …", "background: …")
                if label and (canonical(label.group("label")) in NAMED or _label(document.lines[index - 1])):
                    at = document.line_start(index)
                    marks.append((at + len(label.group("indent")), at + label.start("rest"), label.group("label"), False))
    sections = []
    for i, (title_start, body_start, title, heading) in enumerate(marks):
        end = len(text)
        for later in marks[i + 1:]:
            if later[3] or not heading:
                end = later[0]
                break
        if title_start in rows:
            end = min(end, rows[title_start])
        elif not heading:
            end = min(end, _paragraph_end(text, body_start))
        sections.append(Section(canonical(title), title, title_start, min(body_start, end), end, heading))
    return sections


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_end(text: str, start: int) -> int:
    """Where a `Label:` section ends: at the first blank line after its text begins (a
    label alone on its line takes the paragraph below it)."""
    content = re.search(r"\S", text[start:])
    if content is None:
        return len(text)
    blank = BLANK_LINE.search(text, start + content.start())
    return blank.start() if blank else len(text)


def bare_heading(document, block) -> bool:
    """A plain line such as "Next steps" or "Agenda" over the lines it heads."""
    line = document.lines[block.first].strip()
    return (block.role == "para" and len(line.split()) <= 4 and not line.endswith((".", "!", "?", ":", ","))
            and canonical(line) in NAMED)


def _label(line: str):
    """The `Label:` a line opens with, or None."""
    label = LABEL.match(line)
    if label and label.group("label").strip().lower() == "target" and PERSON.match(label.group("rest")):
        return None  # "Target: Ms Aileen Koh, Head of Operations": whom to call, not what to win
    return label if label and _is_label(label.group("label")) else None


def _is_label(label: str) -> bool:
    # "Objective:" or "Next steps:" but not a sentence that happens to hold a colon
    return len(label.split()) <= 4 and not re.search(r"\b(?:I|we|you|is|are|was)\b", label)
