"""No module reaches into another's underscored names: `x._name` only on self or cls (or
super()), and no `from m import _name`. A name another module needs is public, or the two
talk through a signal (ui/desk_events.py). Checked on the source with ast.

The few exceptions are libraries that give no public way, each listed with its reason."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"
OWN = {"self", "cls"}
# (file, attribute): why there is no public way.
ALLOWED = {
    ("cli/__init__.py", "_option_string_actions"): "argparse: whether a parser has an option already",
    ("cli/__init__.py", "_actions"): "argparse: a parser's subcommand parsers",
    ("cli/__init__.py", "_SubParsersAction"): "argparse: the type of the subcommands' action",
    ("cli/argparse_vi.py", "_"): "argparse's own gettext hook, replaced so its messages are Vietnamese",
    ("printing/printers.py", "_raw"): "python-escpos: its one transport call, documented for subclasses",
}


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _own(receiver: ast.expr) -> bool:
    if isinstance(receiver, ast.Name):
        return receiver.id in OWN
    return isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Name) and receiver.func.id == "super"


def reaches(source: str) -> list[tuple[int, str]]:
    """(line, what) for each underscored name taken from another object or module."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and _is_private(node.attr) and not _own(node.value):
            found.append((node.lineno, node.attr))
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, alias.name) for alias in node.names if _is_private(alias.name)]
    return found


def test_no_module_uses_another_objects_underscored_names():
    offenders, used = [], set()
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        for line, attribute in reaches(path.read_text(encoding="utf-8")):
            if (name, attribute) in ALLOWED:
                used.add((name, attribute))
            else:
                offenders.append(f"desk_app/{name}:{line}: {attribute}")
    assert offenders == []
    assert set(ALLOWED) == used, "an exception no longer needed: remove it from ALLOWED"


def test_the_check_would_notice():
    assert reaches("self.window._builders[key] = built") == [(1, "_builders")]
    assert reaches("from desk_app.printing.slips import _header") == [(1, "_header")]
    assert reaches("match = fmt._NAME.match(name)") == [(1, "_NAME")]
    assert reaches("page.runner._finished.connect(done)") == [(1, "_finished")]
    assert reaches("self._built.add(key); cls._cache = {}; super()._show(row)") == []
    assert reaches("super().__init__(parent); print(obj.__class__.__name__)") == []
