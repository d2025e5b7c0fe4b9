"""The badge engine's generated tables are what their generators make today.

``badge/css_colors.py`` and ``badge/widths.bin`` are made from npm packages
(``color-name``, ``anafanafo``) and Debian's fonts; each test runs the generator
into a temporary folder and compares it byte for byte with the shipped file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BADGE = ROOT / "src" / "openness" / "badge"

needs_npm = pytest.mark.skipif(
    shutil.which("npm") is None or shutil.which("node") is None,
    reason="npm and node are needed to regenerate the badge tables",
)
# the fonts and Unicode data tools/install_browser.sh installs (Debian packages)
_SOURCES = (
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/unicode/emoji/emoji-data.txt"),
)
needs_sources = pytest.mark.skipif(
    not all(path.exists() for path in _SOURCES),
    reason="the width table is made from Debian's fonts and unicode-data "
    "(bash tools/install_browser.sh installs them as root)",
)


def _generate(script: str, *args: str) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / script), *args],
        check=True,
        capture_output=True,
        timeout=300,
    )


@needs_npm
def test_css_colours_are_generated(tmp_path: Path):
    out = tmp_path / "css_colors.py"
    _generate("gen_badge_colors.py", str(out))
    assert out.read_bytes() == (BADGE / "css_colors.py").read_bytes()


@needs_npm
@needs_sources
def test_width_table_and_its_samples_are_generated(tmp_path: Path):
    out, samples = tmp_path / "widths.bin", tmp_path / "samples.json"
    _generate("gen_badge_widths.py", "--out", str(out), "--samples", str(samples))
    assert out.read_bytes() == (BADGE / "widths.bin").read_bytes()
    shipped = ROOT / "tests" / "fixtures" / "badge-widths" / "samples.json"
    assert samples.read_bytes() == shipped.read_bytes()
