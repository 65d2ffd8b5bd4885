"""`python3 dev.py test` spreads the suite over the cores when pytest-xdist is there, unless the
user's arguments choose the processes or want one."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def dev():
    spec = importlib.util.spec_from_file_location("dev_script", REPO_ROOT / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("given", [[], ["tests/unit", "-q"], ["-x", "-p", "no:cacheprovider"], ["-k", "audit"]])
def test_the_suite_runs_on_every_core_when_xdist_is_installed(dev, given):
    assert dev.pytest_arguments(given, xdist=True) == ["-n", "auto", *given]


@pytest.mark.parametrize("given", [["-n", "0"], ["-n0"], ["-n4", "tests/ui"], ["--numprocesses=2"], ["--dist", "load"],
                                   ["-p", "no:xdist"], ["-pno:xdist"], ["--pdb"], ["--co", "-q"], ["-s"], ["--sw"]])
def test_the_users_own_choice_or_a_one_process_need_is_left_alone(dev, given):
    assert dev.pytest_arguments(given, xdist=True) == given


def test_without_xdist_the_arguments_go_as_given(dev):
    assert dev.pytest_arguments(["-q"], xdist=False) == ["-q"]


def test_the_test_tools_include_xdist():
    assert '"pytest-xdist' in (REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8")
