"""A damaged database file: the CLI says so in Vietnamese, where the latest backup is and how
to restore it, exits 1, and leaves the file byte for byte as it was (no traceback). Another
program's SQLite file is refused the same way, never taken over."""

from __future__ import annotations

import hashlib
import random
import shutil

import pytest

from desk_app import cli
from desk_app.db.file_check import damaged_message
from tests.conftest import run_cli, run_here

DOSSIER = '{"full_name": "Trần Thị Lan", "id_number": "001185012345", "birth_date": "12/03/1985", "sex": "Nữ", "procedure": "1.004194"}'
SETUP = ("setup", "--unit-code", "CAXTT", "--unit-name", "Công an xã Tân Tiến", "--commander", "Nguyễn Văn Hùng")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def healthy(tmp_path_factory):
    """A set-up desk with a backup, built once: (database bytes, backup file name)."""
    folder = tmp_path_factory.mktemp("healthy")
    assert run_here(*SETUP, data_dir=folder).returncode == 0
    assert run_here("backup", data_dir=folder).returncode == 0
    (backup,) = (folder / "backups").glob("desk-*.deskbak")
    return folder / "desk.sqlite3", backup


def _damage(kind: str, good: bytes) -> bytes:
    if kind == "random bytes":
        return random.Random(12).randbytes(40_000)
    if kind == "cut in half":
        return good[: len(good) // 2]
    if kind == "cut at a page boundary":
        return good[: 4096 * (len(good) // 4096 // 2)]
    if kind == "a text file":
        return "Danh sách hồ sơ tháng 11\n".encode() * 200
    if kind == "page size byte changed":
        return good[:16] + b"\x03" + good[17:]
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["random bytes", "cut in half", "cut at a page boundary", "a text file",
                                  "page size byte changed"])
def test_a_damaged_database_is_explained_and_left_untouched(kind, healthy, tmp_path):
    db, backup = healthy
    folder = tmp_path / "data"
    shutil.copytree(db.parent, folder)
    damaged = folder / "desk.sqlite3"
    damaged.write_bytes(_damage(kind, db.read_bytes()))
    before = _digest(damaged)
    for command in (("find", "nguyen"), ("register",)):
        result = run_cli(*command, data_dir=folder, input=DOSSIER)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "bị hỏng" in result.stderr and "tệp được giữ nguyên" in result.stderr
        assert str(folder / "backups" / backup.name) in result.stderr  # where the latest backup is
        assert f"desk-app restore {folder / 'backups' / backup.name}" in result.stderr  # and how to restore it
        assert _digest(damaged) == before
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "desk.sqlite3", "keys"]  # no -wal, no -shm
    damaged.rename(folder / "desk.sqlite3.hong")  # as the message says, then the restore it names
    restored = run_cli("restore", str(folder / "backups" / backup.name), data_dir=folder)
    assert restored.returncode == 0 and "Đã khôi phục" in restored.stdout, restored.stderr
    assert run_cli("find", "nguyen", data_dir=folder).returncode == 0


def test_another_programs_database_is_not_taken_over(tmp_path):
    import sqlite3

    folder = tmp_path / "data"
    folder.mkdir()
    foreign = folder / "desk.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Lan', '0987654321')")
    conn.commit()
    conn.close()
    before = _digest(foreign)
    for command in (("find", "lan"), ("register",), SETUP):
        result = run_cli(*command, data_dir=folder, input=DOSSIER)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr and "chương trình khác" in result.stderr
        assert _digest(foreign) == before


def test_the_window_and_the_cli_show_the_same_text(tmp_path):
    from desk_app.db.connection import open_database
    from desk_app.db.file_check import DatabaseDamaged

    damaged = tmp_path / "desk.sqlite3"
    damaged.write_bytes(b"not a database " * 100)
    with pytest.raises(DatabaseDamaged) as caught:
        open_database(damaged)
    assert str(caught.value) == damaged_message(damaged)
    assert "Không tìm thấy bản sao lưu nào" in str(caught.value)


def test_damage_anywhere_never_gives_a_traceback(healthy, tmp_path, capsys):
    """Bytes changed or cut at random places (a few hundred files): a search or a registration either works
    or stops with a message (exit 1; at opening: the file is damaged), and a refused file is
    left untouched. (Damage inside a row shows only when that row is read.)"""
    db, _ = healthy
    good = db.read_bytes()
    rng = random.Random(2026)
    folder = tmp_path / "data"
    dossier = tmp_path / "dossier.json"
    dossier.write_text(DOSSIER, encoding="utf-8")
    tried = refused = worked = damaged_text = 0
    for _ in range(int(__import__("os").environ.get("FUZZ_N", "200"))):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(db.parent, folder)
        data = bytearray(good)
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        else:
            for _ in range(rng.randint(1, 8)):
                at = rng.randrange(0, 200) if rng.random() < 0.5 else rng.randrange(len(data))
                data[at] = rng.randrange(256)
        damaged = folder / "desk.sqlite3"
        damaged.write_bytes(bytes(data))
        before = _digest(damaged)
        writes = tried % 2 == 1
        command = ["register", "--file", str(dossier)] if writes else ["find", "nguyen"]
        code = cli.main(["--data-dir", str(folder), *command])  # any other exception fails the test
        tried += 1
        if code in (1, 2, 3):  # 2: a damaged catalog row (no such procedure); 3: a damaged migration name
            refused += 1
            err = capsys.readouterr().err
            assert err.startswith("Lỗi: ") and "Traceback" not in err
            damaged_text += "bị hỏng" in err
            assert writes or _digest(damaged) == before
        else:
            assert code == 0, code
            worked += 1
            capsys.readouterr()
    print(f"damaged databases: tried {tried}, refused {refused} ({damaged_text} as damaged), opened {worked}, "
          "crashed 0")
    assert damaged_text > tried // 4
