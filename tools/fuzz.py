"""Fuzz ``openness validate`` (bytes) and the badge renderer (text) for longer than the tests.

    python tools/fuzz.py                    # both targets, 5 minutes each
    python tools/fuzz.py --target validate --seconds 3600
    python tools/fuzz.py --atheris          # coverage-guided, if atheris is installed

Hypothesis drives the inputs by default (the same strategies as tests/hostile/test_fuzz.py).
A crashing input of ``validate`` is saved under tests/hostile/corpus/ as
``fuzz-<sha1>.json`` (every file there is then run through the real CLI by the tests);
fix the crash before committing it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "hostile"), str(ROOT / "tests")]
CORPUS = ROOT / "tests" / "hostile" / "corpus"


def _save(raw: bytes) -> Path:
    path = CORPUS / f"fuzz-{hashlib.sha1(raw).hexdigest()[:12]}.json"
    path.write_bytes(raw)
    return path


def run_hypothesis(target: str, seconds: float) -> int:
    from fuzz_targets import badge_text, documents, validate_bytes
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from declarations import open_source_ai

    options = settings(
        max_examples=2_000,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    if target == "validate":
        strategy = documents(open_source_ai()) | st.binary(max_size=4000)

        @options
        @given(strategy)
        def one(raw: bytes) -> None:
            try:
                validate_bytes(raw)
            except Exception:
                print(f"crash, input saved as {_save(raw)}", file=sys.stderr)
                raise

    else:

        @options
        @given(st.text(max_size=200), st.text(max_size=200), st.text(max_size=30))
        def one(label: str, message: str, color: str) -> None:
            badge_text(label, message, color)

    deadline = time.monotonic() + seconds
    rounds = 0
    while time.monotonic() < deadline:
        try:
            one()
        except Exception:
            traceback.print_exc()
            return 1
        rounds += 1
    print(f"{target}: {rounds * 2000} examples, no crash")
    return 0


def run_atheris(target: str) -> int:
    try:
        import atheris
    except ImportError:
        print("atheris is not installed (pip install atheris)", file=sys.stderr)
        return 2
    with atheris.instrument_imports():
        from fuzz_targets import badge_text, validate_bytes

    def one(data: bytes) -> None:
        if target == "validate":
            try:
                validate_bytes(data)
            except Exception:
                print(f"crash, input saved as {_save(data)}", file=sys.stderr)
                raise
        else:
            provider = atheris.FuzzedDataProvider(data)
            badge_text(
                provider.ConsumeUnicodeNoSurrogates(100),
                provider.ConsumeUnicodeNoSurrogates(100),
                provider.ConsumeUnicodeNoSurrogates(20),
            )

    atheris.Setup(
        [sys.argv[0], *sys.argv[sys.argv.index("--") + 1 :]] if "--" in sys.argv else [sys.argv[0]],
        one,
    )
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=("validate", "badge", "all"), default="all")
    parser.add_argument("--seconds", type=float, default=300, help="per target (hypothesis)")
    parser.add_argument("--atheris", action="store_true", help="use atheris (one target)")
    options, _ = parser.parse_known_args()
    targets = ("validate", "badge") if options.target == "all" else (options.target,)
    if options.atheris:
        return run_atheris(targets[0])
    status = 0
    for target in targets:
        status = max(status, run_hypothesis(target, options.seconds))
    return status


if __name__ == "__main__":
    sys.exit(main())
