"""Shared paths and fixtures of the Python tests."""

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
#: The repository's root (python/ is one level below it).
REPO = HERE.parent.parent
#: Documents written for these tests, in the style of real ones (never corpus text).
CORPUS = HERE / "fixtures" / "corpus"
#: The shared reference document, beside the repository (absent in some checkouts).
REFERENCE = REPO.parent / "shared" / "reference" / "briefing-russia-pakistan.txt"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
