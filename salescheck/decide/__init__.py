"""Stage 4, decide: what is reported — config, suppressions, selections, fail level."""

from .config import Config, ConfigFinder
from .select import configure_rules, fails, known_refs, select_rules
from .suppress import suppressed, unknown_refs

__all__ = ["Config", "ConfigFinder", "configure_rules", "fails", "known_refs", "select_rules",
           "suppressed", "unknown_refs"]
