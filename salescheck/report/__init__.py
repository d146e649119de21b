"""Stage 5, report: findings to text, rich terminal view or JSON. Each formatter is a
function (findings, summary, sources, stream) -> None, registered by name."""

from .json import write_json
from .summary import summarize
from .text import write_rich, write_text

FORMATS = {"text": write_text, "json": write_json}

__all__ = ["FORMATS", "summarize", "write_json", "write_rich", "write_text"]
