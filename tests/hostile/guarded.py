"""Run ``openness`` under watch: every file opened and every socket touched is logged.

Used by test_hostile.py as ``python guarded.py LOG ARGS...``: an audit hook records
``open`` and ``socket.*`` events; at exit the log (JSON) also holds the peak memory.
Nothing here changes what openness does.
"""

import json
import resource
import sys

log_path = sys.argv[1]
sys.argv = ["openness", *sys.argv[2:]]
events = {"opened": [], "sockets": []}
watching = [True]


def _hook(event, args):
    if not watching[0]:
        return
    if event == "open":
        target = args[0]
        if isinstance(target, bytes):
            target = target.decode("utf-8", "surrogateescape")
        events["opened"].append(str(target) if not isinstance(target, int) else f"fd:{target}")
    elif event.startswith("socket."):
        events["sockets"].append(event)


sys.addaudithook(_hook)
try:
    from openness.cli import main

    main()
finally:
    watching[0] = False
    events["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open(log_path, "w", encoding="utf-8", errors="surrogateescape") as handle:
        json.dump(events, handle, ensure_ascii=True)
