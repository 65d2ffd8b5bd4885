"""The fee: how it was paid (the officer marks cash or bank transfer: the desk cannot see a
transfer) and the VietQR code the citizen's banking app reads to pay it."""

from __future__ import annotations

from typing import Callable

from desk_app.core import vietqr
from desk_app.db import dossiers as dossier_repo
from desk_app.db import fee_payments as repo
from desk_app.db.store import Store

METHODS = {"cash": "tiền mặt", "transfer": "chuyển khoản"}


class FeeError(ValueError):
    pass


class FeeService:
    def __init__(self, store: Store, bank: Callable[[], vietqr.BankAccount | None]):
        self.store = store
        self.bank = bank  # the unit's account as the settings hold it now

    def transfer_payload(self, dossier: dict) -> str:
        """The VietQR text for the dossier's fee ('' when free, already paid, or no account set)."""
        account = self.bank()
        if account is None or not dossier.get("fee") or self.payment(dossier["id"]):
            return ""
        return vietqr.payload(account, int(dossier["fee"]), dossier["code"])

    def payment(self, dossier_id: str) -> dict | None:
        return repo.get(self.store, dossier_id)

    def mark_paid(self, code: str, method: str, officer_id: str | None) -> dict:
        """Record the fee of dossier `code` paid in cash or by transfer; marking again corrects it."""
        if method not in METHODS:
            raise FeeError(f"Cách nộp lệ phí “{method}” không có; chọn: {', '.join(METHODS)}.")
        dossier = dossier_repo.get_by_code(self.store, code.strip().upper())
        if dossier is None:
            raise FeeError(f"Không tìm thấy hồ sơ mã “{code}”.")
        if not dossier["fee"]:
            raise FeeError(f"Hồ sơ {dossier['code']} không thu lệ phí.")
        with self.store.transaction(officer_id) as writer:
            repo.put(writer, dossier["id"], method, int(dossier["fee"]), officer_id)
            writer.look("fee_paid", dossier["id"], f"{method} {dossier['fee']}")
        return {"code": dossier["code"], "method": method, "amount": dossier["fee"]}
