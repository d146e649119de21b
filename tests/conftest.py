import datetime as dt

import pytest

from salescheck.decide.config import Config
from salescheck.parse import load_model, model_name, parse_documents
from salescheck.read import read_document

MONDAY_2_MARCH = dt.date(2026, 3, 2)


@pytest.fixture(scope="session")
def nlp():
    return load_model(model_name())


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse a text as a document of the given file name, read from Mon 2 March 2026."""

    def parse_text(text: str, filename: str = "note.txt", kind: str | None = None, today=MONDAY_2_MARCH):
        document = read_document(filename, text, kind)
        return next(parse_documents([document], nlp, today))

    return parse_text


@pytest.fixture
def no_config():
    return Config()
