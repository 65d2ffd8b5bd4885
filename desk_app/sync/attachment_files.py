"""The attachments' files in the end-of-day file, where the unit opts in (Settings: the files
make the file larger; the metadata and hashes always travel, db/sync_parts.py). A part of its
own, one record a file: its hash, size and content (base64); the district keeps each in its
folder's attachments/ under its hash, after checking the hash."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from desk_app import owner_only, paths
from desk_app.atomic_file import write_atomically
from desk_app.db import sync_exports as repo

PART = "attachment_files"
COLUMNS = ("id", "size", "data")  # id: the file's SHA-256


def records(store, data_dir: Path, from_seq: int, to_seq: int):
    """A record per file of the attachments changed in the range (each file once)."""
    folder, sent = paths.attachments_dir(Path(data_dir)), set()
    for row in repo.changed_records(store, "attachments", from_seq, to_seq):
        digest = row["file_sha256"]
        path = folder / f"{digest}.pdf"
        if digest in sent or not path.exists():  # a file gone is for `audit verify` to name
            continue
        sent.add(digest)
        data = path.read_bytes()
        yield {"id": digest, "size": len(data), "data": base64.b64encode(data).decode("ascii")}


def keep(folder: Path, lines) -> int:
    """The district's side: each file whose content matches its hash, kept under it; how many."""
    import json

    target = owner_only.make_dir(paths.attachments_dir(Path(folder)))
    kept = 0
    for line in lines:
        if not line:
            continue
        record = json.loads(line)
        data = base64.b64decode(record.get("data", ""), validate=True)
        digest = str(record.get("id", ""))
        if hashlib.sha256(data).hexdigest() != digest:
            continue  # the signed part was checked whole: only a faulty writer gets here
        path = target / f"{digest}.pdf"
        if not path.exists():
            write_atomically(path, lambda handle, data=data: handle.write(data))
        kept += 1
    return kept


def forget_unheld(folder: Path, held: set[str]) -> int:
    """The district's side, after an import: a file no live attachment holds any more (the unit
    took it back: another citizen's paper, say) is deleted; how many."""
    target = paths.attachments_dir(Path(folder))
    gone = 0
    for path in target.glob("*.pdf") if target.is_dir() else ():
        if path.stem not in held:
            path.unlink(missing_ok=True)
            gone += 1
    return gone
