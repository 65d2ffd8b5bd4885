"""Who is on duty: every action the window takes is recorded under this officer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Session:
    officer: dict  # a row of the officers table: id, full_name, role, ...

    @property
    def officer_id(self) -> str:
        return self.officer["id"]

    @property
    def is_commander(self) -> bool:
        return self.officer["role"] == "commander"
