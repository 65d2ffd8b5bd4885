"""The receipt's last part when the fee is unpaid and the unit has an account: the VietQR code
the citizen's banking app reads (amount and the dossier code as the memo filled in)."""

from __future__ import annotations

from desk_app.core import vietqr
from desk_app.core.text import vn_money
from desk_app.printing.slip_layout import Layout


def add_transfer(layout: Layout, payload: str, dossier: dict) -> Layout:
    """`payload`: FeeService.transfer_payload ('' adds nothing)."""
    if not payload:
        return layout
    fields = vietqr.parse(payload)
    bank = fields["38"]["01"]
    layout.rule("dashed").center("Nộp lệ phí bằng chuyển khoản", bold=True)
    return layout.qr((payload, "VietQR"),
                     aside=("Quét bằng ứng dụng ngân hàng.", f"Số tiền: {vn_money(int(dossier['fee']))}",
                            f"Nội dung: {dossier['code']}",
                            f"Tài khoản: {bank['01']} (BIN {bank['00']})"))
