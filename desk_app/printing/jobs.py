"""Print jobs as records: every print is written down before it is sent (pending), then
marked printed, failed, or sent but not confirmed (the printer did not say it read the slip:
maybe on paper, maybe not), with the reason, so a dead printer never hides a missing slip and
the officer can retry it or send it to another printer."""

from __future__ import annotations

import contextlib
import threading
from dataclasses import asdict, dataclass

from desk_app.db import print_jobs as repo
from desk_app.db.store import DiskFull, Store, to_text
from desk_app.printing.printer_error import PrinterError

PENDING, PRINTED, FAILED, UNCONFIRMED = "pending", "printed", "failed", "unconfirmed"
STATUS_LABELS = {PENDING: "Đang in", PRINTED: "Đã in", FAILED: "Lỗi in", UNCONFIRMED: "Đã gửi, chưa xác nhận"}
NEEDS_ACTION = (FAILED, UNCONFIRMED)  # the jobs the officer should look at and may print again


@dataclass
class JobResult:
    """What the window shows after a print: ok or the reason, and where it went."""
    job_id: str
    status: str
    kind: str
    subject: str
    printer: str
    message: str
    output: str = ""
    bytes: int = 0
    reprint: int = 0  # a dossier slip printed before this one this many times (its "BẢN IN LẠI LẦN n")

    @property
    def ok(self) -> bool:
        return self.status == PRINTED

    def as_dict(self) -> dict:
        return asdict(self) | {"ok": self.ok}


def create(store: Store, kind: str, subject: str, printer_name: str, officer_id: str | None) -> str:
    """The job's id; none ("") on a full disk, where a slip still prints but cannot be written down."""
    try:
        with store.transaction(officer_id) as writer:
            row = writer.insert("print_jobs", {"created_at": writer.now, "kind": kind, "subject": subject,
                                               "printer_name": printer_name, "status": PENDING})
    except DiskFull:
        return ""
    return row["id"]


def record_file(store: Store, kind: str, subject: str, printer_name: str, output: str, size: int,
                officer_id: str | None) -> str:
    """A document written to a file for printing (an A4 form as PDF): one job, already done,
    so the next one of its kind counts as a reprint."""
    with store.transaction(officer_id) as writer:
        row = writer.insert("print_jobs", {"created_at": writer.now, "kind": kind, "subject": subject,
                                           "printer_name": printer_name, "status": PRINTED, "output": output,
                                           "bytes": size, "attempts": 1, "printed_at": writer.now})
    return row["id"]


def finish(store: Store, job_id: str, printer_name: str, officer_id: str | None, error: str = "",
           output: str = "", size: int = 0, attempts: int | None = None, status: str | None = None) -> None:
    """Record the outcome; `attempts` before this one when the caller knows (a new job: 0).
    `status` defaults to failed with an error, else printed. A job never written down (a full
    disk) has nothing to update."""
    if not job_id:
        return
    if attempts is None:
        attempts = repo.attempts(store, job_id)
    values = {"status": status or (FAILED if error else PRINTED), "error": error, "output": output, "bytes": size,
              "printer_name": printer_name, "attempts": attempts + 1}
    if values["status"] == PRINTED:
        values["printed_at"] = to_text(store.clock())
    with contextlib.suppress(DiskFull):  # the slip went out; its record stays "Đang in"
        with store.transaction(officer_id) as writer:
            writer.update("print_jobs", job_id, values)


def get(store: Store, job_id: str) -> dict | None:
    return repo.get(store, job_id)


def list_jobs(store: Store, status: str | tuple[str, ...] | None = None, limit: int = 50) -> list[dict]:
    return repo.latest(store, (status,) if isinstance(status, str) else status, limit)


def run_with_timeout(action, timeout: float, printer_name: str):
    """Run a transport call on its own thread and give up after `timeout` seconds: a USB or
    spooler call stuck in a driver must not hold the desk. The stuck thread is a daemon and
    dies with the program; the job is marked failed and can be retried."""
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = action()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=target, name=f"print-{printer_name}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise PrinterError(f"Máy in “{printer_name}” không phản hồi sau {timeout:g} giây. "
                           "Phiếu chưa in; hồ sơ đã lưu. Có thể in lại hoặc chọn máy in khác.")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
