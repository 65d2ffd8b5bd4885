"""Typed settings of the desk, stored in the database's settings table."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from desk_app.core.codes import DEFAULT_PATTERN, check_pattern
from desk_app.core.follow_up_times import DAYS_FIELDS
from desk_app.core.workdays import DEFAULT_SCHEDULE, format_schedule, parse_schedule
from desk_app.core import notice_templates
from desk_app.core.vietqr import BankAccount
from desk_app.db import settings_store
from desk_app.db.store import Store

# The notices whose wording the commander sets (the test message's is fixed).
TEMPLATE_KINDS = tuple(kind for kind in notice_templates.DEFAULTS if kind != "test")


@dataclass
class Settings:
    code_pattern: str = DEFAULT_PATTERN
    working_hours: str = format_schedule(DEFAULT_SCHEDULE)
    idle_lock_minutes: int = 10
    language: str = "vi"
    auto_print_slip: bool = True
    # The slip each lifecycle step gives the citizen, printed as the step is saved (one switch each).
    auto_print_supplement: bool = True
    auto_print_extension: bool = True
    auto_print_refusal: bool = True
    auto_print_stopped: bool = True
    default_printer: str = ""
    day_end_reminder: str = "16:30"
    district_public_key: str = ""
    # "auto" (a second monitor, else a panel on this one), "dialog" (the panel), "off", or a screen's name
    citizen_screen: str = "auto"
    board_url: str = ""  # the citizen screen's "thủ tục hành chính" QR ("" = the national public-service portal)
    sync_export_folder: str = ""  # where the officer last wrote the end-of-day file ("" = data folder's exports/)
    # Working days to answer: an unsatisfied citizen (the commander), and each kind of feedback
    # of the reception log (phản ánh, kiến nghị, tin báo; the legal limits are unverified: editable).
    rating_follow_up_days: int = 5
    complaint_days: int = 10
    proposal_days: int = 10
    tip_days: int = 3
    # The unit's account for the fee by bank transfer (VietQR on the slip and the citizen screen; "" = none).
    bank_bin: str = ""
    bank_account: str = ""
    bank_account_name: str = ""
    # Notices to the citizen (issue 25): the commander's templates, what to bring, accents kept
    # (UCS-2, 70 characters a message) or not (GSM-7, 160: the default, one message costs less).
    notice_result_ready: str = notice_templates.DEFAULTS["result_ready"]
    notice_supplement: str = notice_templates.DEFAULTS["supplement"]
    notice_moved: str = notice_templates.DEFAULTS["moved"]
    notice_reminder: str = notice_templates.DEFAULTS["reminder"]
    notice_bring: str = notice_templates.DEFAULT_BRING
    notice_accents: bool = False
    # The USB GSM modem: its serial port ("" = none: messages go by hand), the SIM's PIN, delivery reports.
    modem_port: str = ""
    modem_pin: str = ""
    modem_delivery_reports: bool = True
    scan_folder: str = ""  # the counter scanner's "scan to folder": new files there are offered for the dossier
    sync_attachment_files: bool = False  # the end-of-day file carries the attachments' files too (not only hashes)

    def bank(self) -> BankAccount | None:
        """The unit's account, or None when not set."""
        if not (self.bank_bin and self.bank_account):
            return None
        return BankAccount(self.bank_bin, self.bank_account, self.bank_account_name)

    def prints_slip(self, kind: str) -> bool:
        """Whether a step's slip (receipt, supplement, extension, refusal, stopped) prints by itself."""
        if kind == "receipt":
            return bool(self.auto_print_slip)
        return bool(getattr(self, f"auto_print_{kind}", False))

    def schedule(self):
        return parse_schedule(self.working_hours)

    def validate(self) -> None:
        check_pattern(self.code_pattern)
        parse_schedule(self.working_hours)
        if self.idle_lock_minutes < 0:
            raise ValueError("Thời gian tự khóa không được âm.")
        for name in DAYS_FIELDS:
            if not 1 <= int(getattr(self, name)) <= 90:
                raise ValueError("Thời hạn trả lời phải từ 1 đến 90 ngày làm việc.")
        if bool(self.bank_bin) != bool(self.bank_account):
            raise ValueError("Tài khoản nhận lệ phí cần cả mã ngân hàng (BIN) và số tài khoản.")
        account = self.bank()
        if account:
            account.check()
        for kind in TEMPLATE_KINDS:
            notice_templates.check(kind, getattr(self, f"notice_{kind}"), bool(self.notice_accents))


# Fields only a commander changes, with the action core.roles names in a refusal.
COMMANDER_FIELDS = {"working_hours": "working_hours", "code_pattern": "code_pattern", "district_public_key": "keys",
                    **dict.fromkeys(DAYS_FIELDS, "follow_up_days"),
                    "bank_bin": "bank", "bank_account": "bank", "bank_account_name": "bank",
                    **{f"notice_{kind}": "notices" for kind in (*TEMPLATE_KINDS, "bring", "accents")}}


def load(store: Store) -> Settings:
    stored = settings_store.read_all(store)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in stored.items() if k in known})


def save(store: Store, settings: Settings) -> None:
    settings.validate()
    settings_store.write(store, asdict(settings))
