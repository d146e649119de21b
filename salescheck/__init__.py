"""salescheck: a linter for sales writing."""

__version__ = "0.1.0"
