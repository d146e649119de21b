"""Activity wording: what an objective says when it names contact rather than a result
("touch base", "check in", "see how things are going")."""

from __future__ import annotations

import re

ACTIVITY = re.compile(
    r"\b(?:touch(?:ing)? base|check(?:ing)? in|catch(?:ing)? up|circle back|keep in touch|stay in touch|"
    r"build (?:the )?(?:rapport|relationship)|introduce (?:myself|ourselves)|say hello|get to know|"
    r"see (?:how|where|what|if|whether)|find out (?:how|where|what|if|whether)|"
    r"discuss|chat about|talk about|go over|update (?:them|her|him) on|present|learn (?:about|more)|"
    r"follow(?:ing)? up|keep (?:things|it|the deal) moving|move (?:things|it|the deal) forward|"
    r"explore|understand (?:their|her|his|the|how|what)|gauge|get a (?:feel|sense)|reconnect|keep (?:them|her|him|it) warm|"
    r"walk (?:them|her|him) through|run through|show (?:them|her|him)|demo(?:nstrate)? (?:the|our)|have a chat|check on)\b",
    re.IGNORECASE,
)


def names_activity(text: str) -> bool:
    return bool(ACTIVITY.search(text))


# an activity verb right before a count: "Present the 2 new infusion pumps" counts what is
# shown, not a result
ACTIVITY_OBJECT_BEFORE = re.compile(
    r"\b(?:present(?:ing)?|show(?:ing)?|demo(?:ing)?|demonstrat(?:e|ing)|discuss(?:ing)?|introduc(?:e|ing)|"
    r"walk(?:ing)? (?:them|her|him) through|go(?:ing)? (?:over|through)|run(?:ning)? through|talk(?:ing)? (?:about|through)|"
    r"(?:see|check|find out|ask|learn) (?:how|whether|if)\b[^.;:!?]*?)"  # "see how the rollout at the two new plants …"
    r"\s+(?:(?:the|our|their|its|her|his|them|him)\s+)?(?:(?:\d[\d,.]*|two|three|four|five|six|ten)\s+)?$",
    re.IGNORECASE,
)


def counts_what_is_shown(text_before: str) -> bool:
    """Whether a count follows an activity verb ("discuss the 3 ..."), given the text before it."""
    return bool(ACTIVITY_OBJECT_BEFORE.search(text_before))
