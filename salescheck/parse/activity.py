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
