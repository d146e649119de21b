"""Stage 5, report: findings to text, a rich terminal view, JSON, SARIF or GitHub
annotations. Each formatter is a
function (findings, summary, sources, stream) -> None, registered by name."""

from .github import write_github
from .json import write_json
from .sarif import write_sarif
from .summary import summarize
from .text import write_rich, write_text

FORMATS = {"text": write_text, "json": write_json, "sarif": write_sarif, "github": write_github}

__all__ = ["FORMATS", "summarize", "write_github", "write_json", "write_rich", "write_sarif", "write_text"]
