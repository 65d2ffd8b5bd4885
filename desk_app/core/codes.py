"""Dossier codes from a configurable pattern, default '{unit_code}-{yymmdd}-{seq:04}'.

The sequence restarts for each *scope*: the pattern with every field but {seq} filled in,
so a pattern with {yymmdd} counts per day and one without counts for ever. The counter
row is updated in the same transaction as the dossier insert, so a number is never
skipped (a failed insert rolls the counter back) nor reused (one writer at a time).
"""

from __future__ import annotations

import string
from datetime import datetime

DEFAULT_PATTERN = "{unit_code}-{yymmdd}-{seq:04}"
FIELDS = {"unit_code", "yyyy", "yy", "mm", "dd", "yymmdd", "yyyymmdd", "seq", "procedure"}


class CodePatternError(ValueError):
    pass


def check_pattern(pattern: str) -> str:
    names = [name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None]
    unknown = set(names) - FIELDS
    if unknown:
        raise CodePatternError(
            f"Mẫu mã hồ sơ có trường không hỗ trợ: {', '.join(sorted(unknown))}. "
            f"Dùng: {', '.join(sorted(FIELDS))}."
        )
    if names.count("seq") != 1:
        raise CodePatternError("Mẫu mã hồ sơ phải có đúng một trường {seq} (số thứ tự).")
    return pattern


def _values(unit_code: str, procedure: str, when: datetime) -> dict:
    return {
        "unit_code": unit_code, "procedure": procedure,
        "yyyy": f"{when:%Y}", "yy": f"{when:%y}", "mm": f"{when:%m}", "dd": f"{when:%d}",
        "yymmdd": f"{when:%y%m%d}", "yyyymmdd": f"{when:%Y%m%d}",
    }


def scope(pattern: str, unit_code: str, procedure: str, when: datetime) -> str:
    """The counter key: the pattern filled in, with '#' where the sequence goes."""
    return pattern.format(seq=_SeqMarker(), **_values(unit_code, procedure, when))


def render(pattern: str, unit_code: str, procedure: str, when: datetime, seq: int) -> str:
    return pattern.format(seq=seq, **_values(unit_code, procedure, when))


class _SeqMarker:
    def __format__(self, spec: str) -> str:
        return "#"
