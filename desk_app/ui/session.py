"""Who is on duty: every action the window takes is recorded under this officer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Session:
    officer: dict  # a row of the officers table: id, full_name, role, ...
    notice: str = ""  # told as the session starts: the wrong PINs typed for this officer since they last came in

    @property
    def officer_id(self) -> str:
        return self.officer["id"]

    @property
    def is_commander(self) -> bool:
        return self.officer["role"] == "commander"
