"""Crafted sync files: a header or prelude rewritten with its CRC and SHA-256 recomputed (so
only the field checks and the signature can tell). Each is refused with a message and nothing
of it applied; `district import` of several files goes on past it; never a traceback."""

from __future__ import annotations

import json
import struct
import zlib
import hashlib

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desk_app.sync import format as fmt
from desk_app.sync.district import importer
from tests.conftest import run_cli
from tests.unit.sync.conftest import counts, do_export, register


def pieces(path) -> tuple[int, int, int, bytes, bytes]:
    """(version, flags, body_len, header bytes, body bytes) of a file."""
    data = path.read_bytes()
    _, version, flags, header_len, body_len = struct.unpack(">8sHHIQ", data[:24])
    header = data[fmt.PRELUDE_SIZE:fmt.PRELUDE_SIZE + header_len]
    return version, flags, body_len, header, data[fmt.PRELUDE_SIZE + header_len:-fmt.TRAILER_SIZE]


def recraft(path, *, header: bytes | None = None, version: int | None = None, flags: int | None = None,
            header_len: int | None = None) -> None:
    """Rewrite parts of the prelude / header, with a CRC and SHA-256 that match again."""
    old_version, old_flags, body_len, old_header, body = pieces(path)
    header = old_header if header is None else header
    fields = struct.pack(">8sHHIQ", fmt.MAGIC, old_version if version is None else version,
                         old_flags if flags is None else flags, len(header) if header_len is None else header_len,
                         body_len)
    data = fields + struct.pack(">I", zlib.crc32(fields)) + header + body
    path.write_bytes(data + hashlib.sha256(data).digest())


def with_field(path, key, value) -> bytes:
    header = json.loads(pieces(path)[3])
    header[key] = value
    return fmt.canonical_json(header)


@pytest.fixture
def exported(linked, district, tmp_path):
    register(linked, 3)
    importer.import_file(district, do_export(linked, tmp_path / "out").path)  # rows to keep intact
    register(linked, 5, start=3)
    return do_export(linked, tmp_path / "out")


def refused(district, path, kind=None) -> importer.Outcome:
    before = counts(district)
    outcome = importer.import_file(district, path)  # any exception fails the test
    assert outcome.status == importer.REFUSED, outcome.message
    assert kind is None or outcome.kind == kind, (outcome.kind, outcome.message)
    assert counts(district) == before
    return outcome


CRAFTED = {
    "export_seq is an object": dict(key="export_seq", value={"a": 1}),
    "export_seq is \"abc\"": dict(key="export_seq", value="abc"),
    "export_seq is true": dict(key="export_seq", value=True),
    "export_seq is 10**30": dict(key="export_seq", value=10 ** 30),
    "export_seq is 0": dict(key="export_seq", value=0),
    "unit is a list": dict(key="unit", value=["CAXTT"]),
    "unit has a slash": dict(key="unit", value="../CAXTT"),
    "recipient is not a fingerprint": dict(key="recipient", value="me"),
    "sender is missing": dict(key="sender", value=None),
    "created_at is a number": dict(key="created_at", value=20261123),
    "chunk_size is 1": dict(key="chunk_size", value=1),
    "format in the header is 1": dict(key="format", value=1),
}


@pytest.mark.parametrize("name", list(CRAFTED))
def test_a_crafted_header_field_is_refused(name, exported, district):
    case = CRAFTED[name]
    recraft(exported.path, header=with_field(exported.path, case["key"], case["value"]))
    outcome = refused(district, exported.path, fmt.CORRUPT)
    assert "Không nhập gì" in outcome.message


@pytest.mark.parametrize("header", [b"[" * 20_000 + b"]" * 20_000, b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
                                   b"[1, 2]", b'{"export_seq": ' + b"9" * 5_000 + b"}", b"\xff\xfe{}"],
                         ids=["nested arrays", "nested objects", "not an object", "5,000 digits", "not UTF-8"])
def test_a_header_that_is_not_a_plain_object_is_refused(header, exported, district):
    recraft(exported.path, header=header)
    refused(district, exported.path, fmt.CORRUPT)


@pytest.mark.parametrize("version, flags, kind", [(0, 0xFFFF, fmt.CORRUPT), (0, 0, fmt.CORRUPT),
                                                  (4, 0xFFFF, fmt.TOO_NEW), (4, 1, fmt.TOO_NEW),
                                                  (5, 0, fmt.TOO_NEW), (0xFFFF, 0, fmt.TOO_NEW),
                                                  (1, 0, fmt.CORRUPT),  # 1 but the signed header says 4
                                                  (3, 0, fmt.CORRUPT)])  # 3 but the signed header says 4
def test_a_version_or_flags_this_reader_does_not_know_are_refused(version, flags, kind, exported, district):
    recraft(exported.path, version=version, flags=flags)
    refused(district, exported.path, kind)


def test_a_huge_declared_header_length_is_refused_before_reading_it(exported, district):
    recraft(exported.path, header_len=2 ** 32 - 1)
    refused(district, exported.path, fmt.CORRUPT)


def test_the_prelude_is_covered_by_the_signature(exported, district, monkeypatch):
    """A reader that knew a flag 1 would still refuse it set by someone other than the unit."""
    monkeypatch.setattr(fmt, "KNOWN_FLAGS", 1)
    recraft(exported.path, flags=1)
    refused(district, exported.path, fmt.BAD_SIGNATURE)


def test_a_version_1_file_is_still_read(linked, district, tmp_path, monkeypatch):
    """Written before the prelude was signed (the signed header names version 1)."""
    register(linked, 2)
    monkeypatch.setattr(fmt, "FORMAT_VERSION", 1)
    old = do_export(linked, tmp_path / "v1")
    monkeypatch.undo()
    assert pieces(old.path)[0] == 1
    assert importer.import_file(district, old.path).status == importer.IMPORTED
    recraft(old.path, flags=1)
    refused(district, old.path, fmt.TOO_NEW)


@pytest.mark.parametrize("line", [
    {"id": "o1", "full_name": {"a": 1}, "updated_at": "2026-11-23 09:00:00", "updated_by": None, "change_seq": 1},
    {"id": "o1", "full_name": "A", "updated_at": "2026-11-23 09:00:00", "updated_by": None, "change_seq": 10 ** 30},
    {"deleted": True, "change_seq": 1},  # a tombstone without its id
    5,  # not an object
], ids=["object in a column", "number too large", "tombstone without id", "not an object"])
def test_a_record_sqlite_cannot_take_is_refused_and_nothing_applied(line, linked, district, tmp_path):
    """A faulty (but genuinely signed) writer: only applying the record finds it; undone whole."""
    import io

    from desk_app.sync.keys import unit_keys

    data = json.dumps(line).encode() + b"\n"
    manifest = {"format": fmt.FORMAT_VERSION, "unit": {"code": "CAXTT", "name": "Công an xã Tân Tiến"},
                "export_seq": 1, "kind": "new", "created_at": "2026-11-23 16:00:00", "day": "2026-11-23",
                "changes": {"from_seq": 1, "to_seq": 1}, "records": 1,
                "parts": [{"name": "officers", "records": 1, "tombstones": 0, "bytes": len(data),
                           "sha256": hashlib.sha256(data).hexdigest()}]}
    header = {"unit": "CAXTT", "export_seq": 1, "file_name": "CAXTT_20261123_seq0001.dsync",
              "created_at": "2026-11-23 16:00:00"}
    path = tmp_path / "CAXTT_20261123_seq0001.dsync"
    with open(path, "wb") as handle:
        fmt.write_container(handle, header, manifest, [fmt.Part("officers", io.BytesIO(data), len(data))],
                            unit_keys(linked.data_dir), district.keys.public)
    outcome = refused(district, path, fmt.CORRUPT)
    assert "bản ghi không hợp lệ" in outcome.message
    assert district.db.execute("SELECT COUNT(*) FROM imports").fetchone()[0] == 0


def test_district_import_goes_on_past_a_bad_file_and_reports_it(linked, district, tmp_path):
    files = []
    for start in (0, 2, 4):
        register(linked, 2, start=start)
        files.append(do_export(linked, tmp_path / "usb").path)
    recraft(files[1], header=with_field(files[1], "export_seq", {"a": 1}))  # the middle one, by number
    result = run_cli("district", "import", "--db", str(district.folder), *map(str, files),
                     data_dir=tmp_path / "data")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert files[1].name in result.stderr and "export_seq" in result.stderr
    assert files[0].name in result.stdout and files[2].name in result.stdout
    assert result.stdout.count("Đã nhập") == 2
    assert "thiếu tệp số 2" in result.stdout


# -- property: any header, any prelude --------------------------------------------------------

_counts = {"tried": 0, "imported": 0, "refused": 0}  # imported: now or already before
_kinds: dict[str, int] = {}
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10 ** 20), max_value=10 ** 20) | st.floats(allow_nan=False)
    | st.text(max_size=20), lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=3), max_leaves=8)
FIELDS = ["format", "unit", "export_seq", "file_name", "created_at", "chunk_size", "sender", "recipient"]


@pytest.fixture(scope="module")
def property_counts():
    yield _counts
    print(f"\nsync headers (hypothesis): tried {_counts['tried']}, imported {_counts['imported']}, "
          f"refused {_counts['refused']} {dict(sorted(_kinds.items()))}, crashed 0")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(FIELDS + ["extra"]), json_values, max_size=3),
       drop=st.sets(st.sampled_from(FIELDS), max_size=2),
       version=st.one_of(st.none(), st.integers(0, 0xFFFF)), flags=st.one_of(st.none(), st.integers(0, 0xFFFF)),
       raw=st.one_of(st.none(), st.binary(max_size=64)))
def test_any_header_is_imported_or_refused_never_a_crash(changes, drop, version, flags, raw, exported, district,
                                                         property_counts):
    original = exported.path.read_bytes()
    try:
        if raw is not None:
            header = raw
        else:
            header = json.loads(pieces(exported.path)[3])
            header.update(changes)
            for key in drop:
                header.pop(key, None)
            header = fmt.canonical_json(header)
        recraft(exported.path, header=header, version=version, flags=flags)
        before = counts(district)
        outcome = importer.import_file(district, exported.path)  # an exception fails the test
        _counts["tried"] += 1
        if outcome.status == importer.REFUSED:
            _counts["refused"] += 1
            _kinds[outcome.kind] = _kinds.get(outcome.kind, 0) + 1
            assert outcome.message and counts(district) == before
        else:
            _counts["imported"] += 1
    finally:
        exported.path.write_bytes(original)
