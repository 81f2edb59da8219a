"""The examples in the package's docstrings run and say what they show."""

import doctest

import pytest

import speechmark
import speechmark.recipes.files
import speechmark.table


@pytest.mark.parametrize("module", [speechmark, speechmark.table, speechmark.recipes.files], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    failed, attempted = doctest.testmod(module, verbose=False)
    assert attempted > 0
    assert failed == 0
