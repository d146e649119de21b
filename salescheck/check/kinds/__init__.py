"""The check kinds a rule file can configure, by the name used in `check: {kind: …}`."""

from .base import Check, Hit
from .cadence import CadenceCheck
from .commitment import CommitmentCheck
from .dates import DatesCheck
from .metric import MetricCheck
from .options import OptionsCheck
from .pattern import PatternCheck
from .section import SectionCheck

CHECK_KINDS: dict[str, type[Check]] = {
    kind.kind: kind
    for kind in (PatternCheck, CommitmentCheck, SectionCheck, OptionsCheck, CadenceCheck, MetricCheck, DatesCheck)
}

__all__ = ["CHECK_KINDS", "Check", "Hit"]
