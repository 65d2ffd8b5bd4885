"""The outbox worked through a GSM modem, never losing a message nor sending one twice.

Each message is claimed (queued → sending, committed) before the modem is asked; each part's
reference from the modem is committed as soon as it comes; the message is 'sent' once every
part has one. After a crash (kill -9, a power cut) a message left 'sending' is 'sent' if every
part was acknowledged, else queued again to send only the parts the modem never acknowledged.
A failed try waits longer each time (1, 2, 4 … minutes); after MAX_ATTEMPTS it is 'failed'
and an officer may queue it again or send it by hand. Delivery reports (+CDS) mark it delivered.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Callable

from desk_app.core.notices import next_try
from desk_app.core.sms_text import prepare
from desk_app.db import notices as repo
from desk_app.db.store import Store, to_text
from desk_app.notify.modem import Modem, ModemError
from desk_app.notify.pdu import submit_pdus

MAX_ATTEMPTS = 5
# Errors of the modem or the SIM (not of one message): the batch stops, the messages wait.
MODEM_STATES = ("missing", "busy", "timeout", "pin_needed", "pin_wrong", "puk_needed", "no_sim", "no_network",
                "store_full")
STATE_LABELS = {"ready": "sẵn sàng", "off": "chưa khai báo modem", "missing": "không thấy modem",
                "busy": "cổng bị chiếm", "timeout": "modem không trả lời", "pin_needed": "cần mã PIN",
                "pin_wrong": "sai mã PIN", "puk_needed": "SIM bị khóa (PUK)", "no_sim": "không có SIM",
                "no_network": "chưa có sóng", "store_full": "bộ nhớ SIM đầy", "error": "lỗi"}


@dataclass
class ModemStatus:
    state: str
    port: str = ""
    signal_dbm: int | None = None
    storage: tuple[int, int] | None = None
    error: str = ""

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def as_dict(self) -> dict:
        return {**asdict(self), "ready": self.ready, "label": STATE_LABELS.get(self.state, self.state)}

    def text(self) -> str:
        head = f"Modem {self.port or '(chưa khai báo)'}: {STATE_LABELS.get(self.state, self.state)}"
        if self.signal_dbm is not None:
            head += f", sóng {self.signal_dbm} dBm"
        if self.storage:
            head += f", SIM {self.storage[0]}/{self.storage[1]} tin"
        return head + (f"\n{self.error}" if self.error else "")


class SmsSender:
    """Handed the store, the notices' settings and, for tests, how a port is opened."""

    def __init__(self, store: Store, settings: Callable[[], object], opener: Callable | None = None):
        self.store = store
        self.settings = settings
        self.opener = opener

    def _connect(self, timeout: float) -> Modem:
        settings = self.settings()
        if not settings.modem_port:
            raise ModemError("off", "Chưa khai báo modem: chọn cổng trong Cài đặt hoặc chạy “desk-app notify modem "
                                    "--port …”. Không có modem vẫn gửi được bằng điện thoại (mã QR SMSTO).")
        modem = Modem.open(settings.modem_port, self.opener)
        try:
            modem.start(settings.modem_pin, bool(settings.modem_delivery_reports), timeout)
        except ModemError:
            modem.close()
            raise
        return modem

    def check(self, timeout: float = 10.0) -> ModemStatus:
        port = self.settings().modem_port
        try:
            modem = self._connect(timeout)
        except ModemError as exc:
            return ModemStatus(exc.state, port, error=str(exc))
        try:
            status = ModemStatus("ready", port, modem.signal(timeout), modem.storage(timeout))
            if status.storage and status.storage[0] >= status.storage[1] > 0:
                status.state, status.error = "store_full", "Bộ nhớ tin nhắn của thẻ SIM đã đầy: xóa bớt tin trên thẻ."
            return status
        except ModemError as exc:
            return ModemStatus(exc.state, port, error=str(exc))
        finally:
            modem.close()

    # -- sending -----------------------------------------------------------------------------

    def recover(self) -> int:
        """Messages a crash left 'sending': sent if every part was acknowledged, else queued
        again (only the parts without a reference will go)."""
        rows = repo.interrupted(self.store)
        if not rows:  # the usual case: no write lock taken every round
            return 0
        with self.store.transaction(None) as writer:
            for row in rows:
                done = len(_refs(row)) >= row["parts"]
                repo.update(writer, row["id"], {"status": "sent", "sent_at": writer.now} if done else
                            {"status": "queued", "error": "Phần mềm bị tắt giữa chừng khi đang gửi."})
        return len(rows)

    def send_queued(self, timeout: float = 30.0, only: list[int] | None = None, wait_reports: float = 0.0,
                    limit: int = 200, report: Callable[[str], None] | None = None) -> dict:
        """Send what is due (or the messages `only`); what happened, counted."""
        result = {"sent": 0, "failed": 0, "later": 0, "delivered": 0, "error": "", "state": "ready"}
        self.recover()
        rows = [self._get(i) for i in only] if only else repo.due(self.store, _now(self.store), limit)
        rows = [r for r in rows if r and r["status"] == "queued"]
        if not rows and not wait_reports:
            return result
        try:
            modem = self._connect(min(timeout, 10.0))
        except ModemError as exc:
            result.update(error=str(exc), state=exc.state)
            return result
        try:
            for number, row in enumerate(rows, start=1):
                outcome = self._send_one(modem, row, timeout)
                result[outcome[0]] += 1
                if report:
                    report(f"{number}/{len(rows)}")
                if outcome[1] is not None and outcome[1].state in MODEM_STATES:
                    result.update(error=str(outcome[1]), state=outcome[1].state)
                    break
            result["delivered"] = self._delivered(modem.wait_reports(wait_reports))
        finally:
            modem.close()
        return result

    def _send_one(self, modem: Modem, row: dict, timeout: float) -> tuple[str, ModemError | None]:
        with self.store.transaction(None) as writer:
            if not repo.claim(writer, row["id"]):
                return "later", None  # another sender has it
        refs = _refs(row)
        pdus = submit_pdus(row["phone"], prepare(row["text"], keep_accents=True), row["id"] % 256,
                           bool(self.settings().modem_delivery_reports))
        try:
            for submit in pdus[len(refs):]:
                refs.append(str(modem.send(submit, timeout)))
                with self.store.transaction(None) as writer:  # each acknowledgement kept at once
                    repo.update(writer, row["id"], {"refs": ",".join(refs)})
        except ModemError as exc:
            attempts = row["attempts"] + 1
            give_up = attempts >= MAX_ATTEMPTS
            values = {"status": "failed" if give_up else "queued", "error": str(exc),
                      "next_try_at": None if give_up else next_try(attempts, self.store.clock())}
            if row["encoding"] == "ucs2" and not refs and exc.state == "error":
                # Some firmware refuses UCS-2 (+CMS ERROR): the next try goes unaccented, as GSM-7.
                plain = prepare(row["text"])
                values.update(text=plain.text, encoding=plain.encoding, parts=plain.parts,
                              error=f"{exc} Lần sau gửi không dấu.")
            with self.store.transaction(None) as writer:
                repo.update(writer, row["id"], values)
            return ("failed" if give_up else "later"), exc
        with self.store.transaction(None) as writer:
            repo.update(writer, row["id"], {"status": "sent", "sent_at": writer.now, "error": ""})
        return "sent", None

    def _delivered(self, reports) -> int:
        """Reports saying delivered mark their message (its last part's) delivered."""
        count = 0
        for found in reports:
            if not found.delivered:
                continue
            row = repo.by_ref(self.store, str(found.reference))
            if row and _refs(row) and _refs(row)[-1] == str(found.reference):
                with self.store.transaction(None) as writer:
                    repo.update(writer, row["id"], {"status": "delivered", "delivered_at": writer.now})
                count += 1
        return count

    def listen_seconds(self, seconds: float = 5.0) -> float:
        """How long a background round listens for delivery reports: a while when messages of
        the last day still wait for theirs (reports that come while the port is closed are lost)."""
        if not self.settings().modem_delivery_reports:
            return 0.0
        since = to_text(self.store.clock() - timedelta(days=1))
        return seconds if repo.awaiting_report(self.store, since) else 0.0

    def _get(self, message_id: int) -> dict | None:
        return repo.get(self.store, int(message_id))


def _refs(row: dict) -> list[str]:
    return [r for r in (row.get("refs") or "").split(",") if r]


def _now(store: Store) -> str:
    return to_text(store.clock())
