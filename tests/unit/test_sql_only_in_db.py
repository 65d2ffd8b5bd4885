"""SQL lives in desk_app/db/ only: a statement anywhere else in the package fails here."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desk_app"
# Upper-case keywords as SQL is written here; Vietnamese and English prose never spells them so.
SQL = re.compile(r"\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO|"
                 r"CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)|DROP\s+(TABLE|INDEX)|ALTER\s+TABLE|PRAGMA\s+\w|"
                 r"BEGIN(\s+IMMEDIATE|\s+EXCLUSIVE)?\b|COMMIT\b|ROLLBACK\b)")


def sql_lines(path: Path) -> list[str]:
    return [f"{path.name}:{n}: {line.strip()}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if SQL.search(line)]


def test_no_sql_outside_db():
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) if path.relative_to(PACKAGE).parts[0] != "db"
             for hit in sql_lines(path)]
    assert found == []


def test_the_checker_would_notice(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text('rows = store.all("SELECT * FROM dossiers")\nconn.execute("BEGIN")\n'
                      'x = "INSERT INTO t (a) VALUES (?)"\ny = "UPDATE t SET a = 1"\nz = "PRAGMA foreign_keys"\n'
                      'w = "CREATE TABLE t (a)"\nv = "DELETE FROM t"\nu = "COMMIT"\n'
                      '"""Select the dossier, then update the list."""\n', encoding="utf-8")
    assert len(sql_lines(sample)) == 8
