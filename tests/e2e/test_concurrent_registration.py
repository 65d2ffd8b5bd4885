"""Two processes registering at once: every code used exactly once, none skipped."""

import subprocess
import sys
import textwrap

from desk_app.app import Desk

WORKER = textwrap.dedent("""
    import sys
    from datetime import datetime
    from desk_app.app import Desk
    from desk_app.core.registration import dossier_input_from_dict

    data_dir, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    desk = Desk.open(data_dir, clock=lambda: datetime(2026, 11, 23, 9, 0))
    service = desk.dossiers
    for i in range(count):
        data = {"full_name": f"Công dân {chr(65 + worker)}", "procedure": "1.004194"}
        print(service.register(dossier_input_from_dict(data), None).code, flush=True)
""")


def test_two_processes_never_duplicate_or_skip_a_code(isolated_data_dir):
    with Desk.open(isolated_data_dir) as desk:
        desk.first_run({"code": "CAXTT", "name": "Công an xã Tân Tiến"})
    count = 150
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(isolated_data_dir), str(w), str(count)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for w in range(2)]
    outputs = [p.communicate(timeout=240) for p in procs]
    for proc, (_, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
    codes = [line for out, _ in outputs for line in out.split()]
    assert len(codes) == 2 * count
    assert len(set(codes)) == len(codes), "a code was given twice"
    numbers = sorted(int(code.rsplit("-", 1)[1]) for code in codes)
    assert numbers == list(range(1, 2 * count + 1)), "a number was skipped"
    with Desk.open(isolated_data_dir) as desk:
        assert desk.store.scalar("SELECT COUNT(*) FROM dossiers") == 2 * count
