"""`desk-app backup` (and `backup verify`) and `desk-app restore`."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from desk_app.cli.common import BadInput, acting_officer, emit, open_desk, recovery_passphrase
from desk_app.core.text import vn_size


def register(commands) -> None:
    _add_backup(commands)
    _add_restore(commands)


def _add_backup(commands) -> None:
    p = commands.add_parser("backup", help="sao lưu (mã hóa) cơ sở dữ liệu ngay, vào thư mục backups hoặc --to; "
                                           "“backup verify TỆP”: kiểm tra một bản sao lưu")
    p.add_argument("what", nargs="?", choices=["verify"], help="verify: kiểm tra bản sao lưu TỆP, không thay đổi gì")
    p.add_argument("file", nargs="?", help="tệp sao lưu cần kiểm tra (.deskbak)")
    p.add_argument("--to", help="thư mục nhận bản sao lưu, ví dụ ổ đĩa ngoài")
    p.set_defaults(handler=cmd_backup)


def cmd_backup(args) -> int:
    if args.what == "verify":
        return _verify_backup(args)
    if args.file:
        raise BadInput(f"“{args.file}”: lệnh backup chỉ nhận tệp sau chữ verify (desk-app backup verify TỆP).")
    with open_desk(args) as desk:
        acting_officer(desk, args)  # a copy carries every citizen's data out of the PC
        target = desk.backups.make(Path(args.to) if args.to else None)
        daily = desk.backups.daily()
        reminder = "" if desk.backups.recovery_passphrase_set else (
            "\nChưa đặt cụm mật khẩu khôi phục: bản sao lưu chỉ mở được trên máy này. Chỉ huy đặt trong Cài đặt "
            "hoặc bằng DESK_APP_RECOVERY_PASSPHRASE khi chạy setup.")
    size = target.stat().st_size
    emit(args, {"backup": str(target), "bytes": size, "daily": [str(p) for p in daily]},
         f"Đã sao lưu (mã hóa) vào {target} ({vn_size(size)}). "
         f"Bản sao lưu hằng ngày: {len(daily)} (mới nhất: {daily[0].name if daily else 'chưa có'}).{reminder}")
    return 0


def _verify_backup(args) -> int:
    if not args.file:
        raise BadInput("Thiếu tệp: desk-app backup verify TỆP.")
    with open_desk(args) as desk:
        checked = _with_passphrase(lambda passphrase: desk.backups.verify(Path(args.file), passphrase))
    emit(args, asdict(checked), f"Bản sao lưu dùng được: {_checked_text(checked)}.")
    return 0


def _with_passphrase(work):
    """Run `work(passphrase)`: first without one; if the backup needs the recovery passphrase
    (a new PC), with DESK_APP_RECOVERY_PASSPHRASE or one asked on a terminal."""
    from desk_app.backups.restore import PassphraseNeeded

    try:
        return work(None)
    except PassphraseNeeded as exc:
        return work(recovery_passphrase(str(exc)))


def _checked_text(checked) -> str:
    c = checked.counts
    return (f"bản sao lưu lúc {checked.created_at}: {c['dossiers']} hồ sơ, {c['citizens']} công dân, "
            f"{c['officers']} cán bộ, {c['procedures']} thủ tục"
            + (", kèm khóa đồng bộ của đơn vị" if checked.has_unit_key else ""))


def _add_restore(commands) -> None:
    p = commands.add_parser("restore", help="khôi phục dữ liệu từ một bản sao lưu (chỉ huy thực hiện; "
                                            "máy mới: cần cụm mật khẩu khôi phục)")
    p.add_argument("file", help="tệp sao lưu (.deskbak)")
    p.set_defaults(handler=cmd_restore)


def cmd_restore(args) -> int:
    if not Path(args.file).is_file():
        raise BadInput(f"Không tìm thấy tệp “{args.file}”.")
    with open_desk(args) as desk:
        by_officer = acting_officer(desk, args) if desk.officers.commanders() else None
        restored = _with_passphrase(lambda passphrase: desk.backups.restore(Path(args.file), by_officer, passphrase))
    kept = f"\nDữ liệu trước khi khôi phục được giữ trong {restored.kept}." if restored.kept else ""
    emit(args, {**asdict(restored), "kept": str(restored.kept) if restored.kept else None},
         f"Đã khôi phục {_checked_text(restored)}.{kept}")
    return 0
