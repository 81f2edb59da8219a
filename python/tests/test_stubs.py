"""The type stubs name what the native module has, no more and no less."""

import ast
from pathlib import Path

import speechmark
from speechmark import _speechmark

STUB = Path(speechmark.__file__).with_name("_speechmark.pyi")


def stub_members():
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    classes, functions = {}, set()
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            classes[node.name] = {n.name for n in node.body if isinstance(n, ast.FunctionDef)}
        elif isinstance(node, ast.FunctionDef):
            functions.add(node.name)
    return classes, functions


def public(names):
    return {n for n in names if not n.startswith("_")}


def test_stub_classes_and_functions_match_the_module():
    classes, functions = stub_members()
    native = {n for n in dir(_speechmark) if not n.startswith("_")}
    native_classes = {n for n in native if isinstance(getattr(_speechmark, n), type)}
    native_functions = {n for n in native if callable(getattr(_speechmark, n))} - native_classes
    assert set(classes) == native_classes
    assert functions == native_functions


def test_stub_members_match_each_class():
    classes, _ = stub_members()
    for name, members in classes.items():
        cls = getattr(_speechmark, name)
        if issubclass(cls, Exception):
            continue
        # Members the class defines itself, as the stub lists them per class.
        own = public(vars(cls))
        assert public(members) == own, name


def test_the_package_exports_the_native_names():
    for name in dir(_speechmark):
        if not name.startswith("_") and name not in ("table_columns", "table_files", "document_columns"):
            assert getattr(speechmark, name) is getattr(_speechmark, name)
