"""Every function of desk_app is called by desk_app (or named where it is handed on): a function
only tests call tests nothing the program does. Found by name, so a name defined twice hides
one of them; Qt's overrides (camelCase) and registered steps (decorated) are called from outside."""

import ast
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "desk_app"
# Called only by tests, and kept: each is how a test observes what the program did.
OBSERVERS = {
    "row_at": "the list model's row as the window shows it (tests read the status it followed)",
    "plain_text": "a slip's words, one block a line (tests read what a slip says without decoding the picture)",
    "pin_history": "the commander's read of wrong PINs and lockouts, with its permission check",
    "clipped_names": "the sidebar's page names it cannot show whole (it paints its rows: no label to measure)",
}


def _functions() -> list[tuple[str, str]]:
    found = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not node.decorator_list \
                    and not node.name.startswith("__") and not re.search(r"[a-z][A-Z]", node.name):
                found.append((node.name, str(path.relative_to(ROOT))))
    return found


def test_every_function_is_called_by_the_program():
    words = Counter(re.findall(r"\w+", "\n".join(p.read_text(encoding="utf-8") for p in ROOT.rglob("*.py"))))
    uncalled = {f"{where}: {name}" for name, where in _functions() if name not in OBSERVERS and words[name] == 1}
    assert not uncalled, sorted(uncalled)
