"""A figure the docs give in more than one place is given the same everywhere (the SQL run by
one registration with its slip was 52 in one page and 55 in another)."""

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
