"""Which PINs an officer may choose, and how the wrong PINs since their last login are told."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desk_app.core import pin_guard
from desk_app.core.common_pins import COMMON_PINS
from desk_app.core.officers import check_pin

NOW = datetime(2026, 12, 6, 14, 30)


@pytest.mark.parametrize("pin", ["1212", "2580", "6969", "1990", "1122", "1004", "2000", "0007", "5150", "9981"])
def test_the_most_common_pins_are_refused(pin):
    with pytest.raises(ValueError, match="phổ biến nhất"):
        check_pin(pin)


def test_every_birth_year_from_1950_to_2010_is_refused_and_other_years_only_if_common():
    for year in range(1950, 2011):
        with pytest.raises(ValueError, match="năm sinh|phổ biến nhất|dễ đoán"):
            check_pin(str(year))
    assert pin_guard.refusal("2011") is None and pin_guard.refusal("1939") is None


def test_the_list_is_the_published_one_and_leaves_ordinary_pins_alone():
    assert len(COMMON_PINS) == 307 and all(len(pin) == 4 and pin.isdigit() for pin in COMMON_PINS)
    for pin in ("4826", "3917", "5802", "6284", "7291", "8147", "61505"):
        assert check_pin(pin) == pin
    assert check_pin("12121") == "12121"  # the list is of 4-digit PINs


def test_the_notice_says_how_many_and_when_by_day():
    failures = [(datetime(2026, 12, 4, 8, 5), "window"), (datetime(2026, 12, 5, 17, 59), "cli"),
                (NOW.replace(hour=14, minute=2), "window"), (NOW.replace(hour=14, minute=3), "cli"),
                (NOW.replace(hour=14, minute=5), "window")]
    assert pin_guard.wrong_pins_notice(failures, NOW) == (
        "Có 5 lần nhập sai mã PIN từ lần đăng nhập trước: 08:05 ngày 04/12/2026; 17:59 (dòng lệnh) hôm qua; "
        "14:02, 14:03 (dòng lệnh), 14:05 hôm nay. Nếu không phải đồng chí nhập, hãy đổi mã PIN và báo chỉ huy.")
    assert pin_guard.wrong_pins_notice([], NOW) == ""


def test_a_long_run_lists_the_latest_times_only():
    failures = [(NOW - timedelta(minutes=40 - n), "window") for n in range(20)]
    notice = pin_guard.wrong_pins_notice(failures, NOW)
    assert notice.startswith("Có 20 lần nhập sai mã PIN từ lần đăng nhập trước: …, 14:02, ")
    assert notice.count(":") == 1 + pin_guard.NOTICE_TIMES
