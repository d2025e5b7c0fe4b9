"""Batch validation: every file reported in order, workers change nothing but speed."""

from __future__ import annotations

import json

from openness.validate import validate_paths

from declarations import edited, open_source_ai


def _batch(tmp_path, count=60):
    paths = []
    for index in range(count):
        folder = tmp_path / f"m{index:03d}"
        folder.mkdir()
        path = folder / "openness.json"
        if index % 10 == 3:
            path.write_text('{"openness": "1.0", "model": ')  # broken
        elif index % 10 == 7:
            data = edited(open_source_ai(), training_code={"status": "not-released"})
            path.write_text(json.dumps(data))
        else:
            data = open_source_ai()
            data["model"]["name"] = f"model-{index}"
            path.write_text(json.dumps(data))
        paths.append(str(path))
    return paths


def test_workers_give_the_same_report_in_the_same_order(tmp_path):
    paths = _batch(tmp_path)
    alone = validate_paths([str(tmp_path)], jobs=1)
    with_workers = validate_paths([str(tmp_path)], jobs=2)
    assert [f.path for f in alone.files] == sorted(paths)
    assert [f.to_dict() for f in alone.files] == [f.to_dict() for f in with_workers.files]
    assert alone.exit_code() == with_workers.exit_code() == 1


def test_batch_keeps_going_past_failures(tmp_path):
    _batch(tmp_path)
    report = validate_paths([str(tmp_path)], jobs=2)
    assert len(report.files) == 60
    assert sum(not f.valid for f in report.files) == 12
    assert sum(f.level == "open-source-ai" for f in report.files) == 48
