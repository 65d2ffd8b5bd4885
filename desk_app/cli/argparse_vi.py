"""argparse's own words in Vietnamese ("usage:", "options", "error:"…), so `desk-app --help`
and a mistyped command read in one language. argparse looks its words up through its module's
`_` and `ngettext` at the moment it uses them; both are pointed at this table (a word not
listed stays as argparse has it)."""

from __future__ import annotations

import argparse

WORDS = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "đối số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "subcommands": "lệnh con",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "còn thiếu đối số: %s",
    "unrecognized arguments: %s": "không hiểu đối số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "không có lựa chọn %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ (%(type)s)",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "not allowed with argument %s": "không dùng cùng đối số %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ, có thể là %(matches)s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
}
VERSION_HELP = "in số phiên bản rồi thoát"


def word(text: str) -> str:
    return WORDS.get(text, text)


def plural_word(singular: str, plural: str, count: int) -> str:
    return word(singular if count == 1 else plural)


def install() -> None:
    """From now on argparse speaks Vietnamese (the desk's commands and help are Vietnamese)."""
    argparse._ = word
    argparse.ngettext = plural_word
