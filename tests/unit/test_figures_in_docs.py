"""Measured figures live in the docs, once: a figure given in more than one place is the same
everywhere (the SQL run by one registration with its slip was 52 in one page and 55 in
another), and the code's comments keep the why, not the history of a measurement."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_REGISTRATION_SQL = re.compile(r"(\d+) (?:SQL )?statements[^.|]*registration with its slip"
                               r"|registration with its slip \| (\d+) SQL statements")


def test_the_sql_of_one_registration_is_one_figure():
    figures = {}
    for page in (ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))):
        for match in _REGISTRATION_SQL.finditer(page.read_text(encoding="utf-8")):
            figures.setdefault(match.group(1) or match.group(2), []).append(page.name)
    assert len(figures) == 1, figures


# A timing set against an earlier one ("17 ms, against 289 ms", "took a tenth of a second"):
# the history of a measurement goes to docs/ or the commit message; the code keeps the why.
_TIMING = r"\d[\d,.]* ?(?:ms|s|seconds|minutes)\b"
_HISTORY = re.compile(rf"{_TIMING}[^\n]*\b(?:against|was|before|instead of)\b[^\n]*{_TIMING}"
                      r"|\b(?:took|was|were)\b[^\n]*\b(?:a tenth of a second|\d[\d,.]* ?(?:ms|seconds))\b")


def test_the_code_keeps_no_history_of_measurements():
    found = [f"{path.relative_to(ROOT)}: {match.group(0)}" for path in sorted((ROOT / "desk_app").rglob("*.py"))
             for match in _HISTORY.finditer(path.read_text(encoding="utf-8"))]
    assert not found, found
