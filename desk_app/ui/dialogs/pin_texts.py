"""What a PIN typed at the window came to (core/officers.Attempt), in the window's language:
the core words it in Vietnamese for the command line; the window says the same from the
attempt's own fields, so an English window is English here too."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject

from desk_app.core import pin_guard
from desk_app.ui.i18n import arg


class PinTexts(QObject):
    def refusal(self, attempt, officer: dict | None) -> str:
        """Why the officer is not in: inactive, locked (how long, and who can lift it), or a wrong PIN."""
        if attempt.reason == "inactive":
            return self.tr("Cán bộ này không còn hoạt động.")
        if attempt.reason == "locked":
            return self._locked(officer, attempt.locked_until, attempt.at)
        if attempt.locked_until:
            return arg(self.tr("Sai mã PIN %1 lần liên tiếp."), attempt.wrong_in_a_row) + " " + \
                self._locked(officer, attempt.locked_until, attempt.at)
        left = pin_guard.FREE_TRIES - attempt.wrong_in_a_row
        if left <= 2:
            return arg(self.tr("Sai mã PIN. Còn %1 lần thử trước khi tạm khóa."), left)
        return self.tr("Sai mã PIN. Thử lại.")

    def _locked(self, officer: dict | None, until: datetime, now: datetime) -> str:
        officer = officer or {}
        text = arg(self.tr("Tài khoản %1 tạm khóa vì nhập sai mã PIN nhiều lần: thử lại sau %2 (lúc %3), hoặc nhờ "
                           "chỉ huy mở khóa."), officer.get("full_name", ""), self.wait(until - now),
                   f"{until:%H:%M:%S}")
        if officer.get("role") == "commander":
            text += " " + self.tr("(Chỉ huy tự mở được bằng cụm mật khẩu khôi phục của đơn vị.)")
        return text

    def wait(self, remaining: timedelta) -> str:
        minutes, seconds = pin_guard.wait_parts(remaining)
        if not minutes:
            return arg(self.tr("%1 giây"), seconds)
        return arg(self.tr("%1 phút %2 giây"), minutes, seconds) if seconds else arg(self.tr("%1 phút"), minutes)

    def notice(self, attempt) -> str:
        """The wrong PINs typed for the officer since they last came in (as pin_guard.wrong_pins_notice)."""
        if not attempt.wrong_pins:
            return ""
        times = pin_guard.wrong_pin_times(attempt.wrong_pins, attempt.at, self._day, " " + self.tr("(dòng lệnh)"))
        return arg(self.tr("Có %1 lần nhập sai mã PIN từ lần đăng nhập trước: %2. Nếu không phải đồng chí nhập, hãy "
                           "đổi mã PIN và báo chỉ huy."), len(attempt.wrong_pins), times)

    def _day(self, day, today) -> str:
        if day == today:
            return self.tr("hôm nay")
        if day == today - timedelta(days=1):
            return self.tr("hôm qua")
        return arg(self.tr("ngày %1"), f"{day:%d/%m/%Y}")
