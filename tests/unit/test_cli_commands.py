"""The command line's subcommands, in the order `desk-app --help` lists them, and each one's
parser declared right beside its handler (cli/__init__.py says how)."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

from desk_app.cli import COMMAND_MODULES, _subcommand_parsers, build_parser

CLI = Path(__file__).resolve().parents[2] / "desk_app" / "cli"

COMMANDS = [
    "setup", "demo", "backup", "restore", "register", "find", "show", "status", "cccd",
    "calendar", "calendar due", "calendar holidays", "calendar add", "calendar remove", "calendar overrides",
    "catalog", "catalog list", "catalog export", "catalog import",
    "officer", "officer list", "officer add", "officer unlock",
    "print", "print slip", "print visit", "print jobs", "print retry", "print form", "print sheet", "print board",
    "print register",
    "printer", "printer list", "printer add", "printer remove", "printer test", "printer ports",
    "export", "keys",
    "district", "district init", "district add-unit", "district import", "district report", "district units",
    "district stats", "district window",
    "stats", "export-list", "export-register", "amend",
    "audit", "audit verify", "audit list",
    "rating", "rating add", "rating list", "rating paper", "rating follow-ups", "rating answer",
    "visit", "visit add", "visit list", "visit update", "visit close",
    "handover", "day-close",
    "fee", "fee paid", "fee qr",
    "notify", "notify modem", "notify list", "notify send", "notify retry", "notify mark-sent",
    "attach", "attachments", "attachment", "attachment export", "attachment remove", "ocr",
]


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += [prefix + name, *_commands(sub, prefix + name + " ")]
    return found


def test_the_subcommands_and_their_order():
    assert _commands(build_parser()) == COMMANDS


def test_every_subcommand_without_its_own_subcommands_has_a_handler():
    for sub in _subcommand_parsers(build_parser()):
        has_subcommands = any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
        assert has_subcommands != callable(sub._defaults.get("handler")), sub.prog


def misplaced(source: str) -> list[str]:
    """The handlers (cmd_*) not declared by the _add_* function that stands above them, with
    no other handler between (helpers of the parser or of the handler may stand there)."""
    functions = [node for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)]
    found, declared_above = [], set()
    for node in functions:
        if node.name.startswith("_add_"):
            declared_above = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id.startswith("cmd_")}
        elif node.name.startswith("cmd_"):
            if node.name not in declared_above:
                found.append(node.name)
            declared_above = set()
    return found


def test_each_parser_stands_beside_its_handler():
    modules = sorted(CLI.glob("*_commands.py"))
    assert {p.stem for p in modules} >= set(COMMAND_MODULES)
    assert {p.name: misplaced(p.read_text(encoding="utf-8")) for p in modules} == {p.name: [] for p in modules}


def test_the_check_would_notice():
    far = ("def register(commands):\n    commands.add_parser('a').set_defaults(handler=cmd_a)\n\n"
           "def cmd_a(args):\n    return 0\n")
    assert misplaced(far) == ["cmd_a"]
    between = ("def _add_a(c):\n    c.set_defaults(handler=cmd_a)\n\ndef _add_b(c):\n    c.set_defaults(handler=cmd_b)\n\n"
               "def cmd_a(args):\n    return 0\n\ndef cmd_b(args):\n    return 0\n")
    assert misplaced(between) == ["cmd_a", "cmd_b"]
    beside = "def _add_a(c):\n    c.set_defaults(handler=cmd_a)\n\ndef _helper():\n    pass\n\ndef cmd_a(args):\n    return 0\n"
    assert misplaced(beside) == []
