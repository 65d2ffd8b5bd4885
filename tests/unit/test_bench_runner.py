"""bench/run_all.py says which benchmark broke and exits non-zero (CI runs it after the tests)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import run_all  # noqa: E402


@pytest.fixture
def benches(tmp_path, monkeypatch):
    (tmp_path / "fine.py").write_text("import sys; sys.exit(0)\n")
    (tmp_path / "broken.py").write_text("raise TypeError('open_database() takes 1 positional argument')\n")
    monkeypatch.setattr(run_all, "BENCH", tmp_path)
    return tmp_path


def test_a_broken_benchmark_fails_the_run(benches, monkeypatch, capsys):
    monkeypatch.setattr(run_all, "BENCHMARKS", [("fine.py", [], []), ("broken.py", [], [])])
    assert run_all.main(["--quick"]) == 1
    assert "broken: broken.py" in capsys.readouterr().out


def test_all_running_is_a_pass(benches, monkeypatch):
    monkeypatch.setattr(run_all, "BENCHMARKS", [("fine.py", ["--big"], [])])
    assert run_all.main(["--quick"]) == 0


def test_every_benchmark_script_is_in_the_list():
    scripts = {p.name for p in run_all.BENCH.glob("*.py")} - {"__init__.py", "run_all.py", "seed.py"}
    assert scripts == {script for script, _full, _quick in run_all.BENCHMARKS}
