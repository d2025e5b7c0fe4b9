"""Batch validation: every file reported in order, workers change nothing but speed."""

from __future__ import annotations

import json

from openness.validate import validate_paths

from declarations import edited
from declarations import open_source_ai_open_data as open_source_ai


def _batch(tmp_path, count=60):
    paths = []
    for index in range(count):
        folder = tmp_path / f"m{index:03d}"
        folder.mkdir()
        path = folder / "openness.json"
        if index % 10 == 3:
            path.write_text('{"openness": "2.0", "model": ')  # broken
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
    assert sum(f.level == "open-source-ai-open-data" for f in report.files) == 48


def test_tally_counts_as_the_report_does(tmp_path):
    _batch(tmp_path, count=30)
    report = validate_paths([str(tmp_path)], min_level="open-source-ai", jobs=1)
    summary = report.summary()
    assert summary["files"] == 30
    # broken: 3; no training code but presented as open source (washing): 3
    assert summary["invalid"] == 6 and summary["valid"] == 24
    assert summary["below_min_level"] == 6
    assert summary["errors"] == sum(f.count("error") for f in report.files)


def test_report_records_survive_pickling(tmp_path):
    """Workers send FileReports back pickled: every field, titles included, survives."""
    import pickle

    _batch(tmp_path, count=12)
    report = validate_paths([str(tmp_path)], min_level="open-source-ai", jobs=1)
    assert pickle.loads(pickle.dumps(report)) == report
    tally = report.tally()
    assert pickle.loads(pickle.dumps(tally)) == tally
    judged = next(f for f in report.files if f.level is not None)
    assert pickle.loads(pickle.dumps(judged)).level_title == judged.level_title != ""


def test_workers_follow_the_jobs_option(tmp_path, monkeypatch):
    """-j 1 never starts workers; -j 0 starts them only for a batch worth it."""
    from openness import validate

    started: list[int] = []

    def fake_pool(paths, max_bytes, workers):
        started.append(workers)
        return [validate.validate_file(path, max_bytes) for path in paths]

    monkeypatch.setattr(validate, "_in_parallel", fake_pool)
    paths = _batch(tmp_path, count=12)
    validate_paths(paths, jobs=1)
    validate_paths(paths, jobs=0)  # below the threshold: no workers
    assert started == []
    validate_paths(paths, jobs=3)
    assert started == [3]
    monkeypatch.setattr(validate, "PARALLEL_THRESHOLD", 10)
    validate_paths(paths, jobs=0)
    assert len(started) == 2 and started[1] >= 1


def test_levels_carry_their_titles(tmp_path):
    """Renderers read titles from the report, never from the definition."""
    from openness.definition import load_definition

    path = tmp_path / "openness.json"
    path.write_text(json.dumps(edited(open_source_ai(), training_code={"status": "not-released"})))
    (file,) = validate_paths([str(path)]).files
    definition = load_definition()
    assert file.level_title == definition.level(file.level).title
    assert [c.title for c in file.levels] == [definition.level(c.level).title for c in file.levels]
    assert file.title_of("open-source-ai") == definition.level("open-source-ai").title
    assert "title" not in file.to_dict()["levels"][0]  # the JSON report is unchanged
