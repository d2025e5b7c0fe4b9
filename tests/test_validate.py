"""Batch validation: every file reported in order, workers change nothing but speed."""

from __future__ import annotations

import json

import pytest

from openness.validate import PARALLEL_CHUNK, stream_reports, validate_paths

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


def _whole(output_format, report, **options):
    from openness.render import github, json_report, lines, text

    if output_format == "text":
        return text.render(report, **options)
    return {"json": json_report, "lines": lines, "github": github}[output_format].render(report)


def _streamer(output_format, min_level, **options):
    from openness.definition import load_definition
    from openness.render.github import GithubFormat
    from openness.render.json_report import JsonFormat
    from openness.render.lines import LinesFormat
    from openness.render.text import TextFormat

    order = load_definition().level_ids
    if output_format == "text":
        return TextFormat(min_level=min_level, level_order=order, **options)
    if output_format == "json":
        return JsonFormat(min_level=min_level, level_order=order)
    if output_format == "github":
        return GithubFormat(min_level=min_level, level_order=order)
    return LinesFormat()


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize(
    ("output_format", "options"),
    [
        ("text", {}),
        ("text", {"verbose": 1}),
        ("text", {"quiet": 1}),
        ("text", {"quiet": 2}),
        ("text", {"colour": True}),
        ("json", {}),
        ("lines", {}),
        ("github", {}),
    ],
)
@pytest.mark.parametrize("min_level", [None, "open-methods"])
def test_streamed_output_is_the_whole_report_rendered(
    tmp_path, jobs, output_format, options, min_level
):
    _batch(tmp_path, count=2 * PARALLEL_CHUNK + 5)
    report = validate_paths([str(tmp_path)], min_level=min_level, jobs=1)
    written: list[str] = []
    tally = stream_reports(
        [str(tmp_path)],
        _streamer(output_format, min_level, **options),
        written.append,
        min_level=min_level,
        jobs=jobs,
    )
    assert "".join(written) == _whole(output_format, report, **options)
    assert tally.summary() == report.summary()
    assert tally.exit_code() == report.exit_code()
    if jobs == 2 and output_format != "json":  # written as chunks come back (json: its
        assert len(written) > 1  # summary comes first, so it is written at the end)


@pytest.mark.parametrize("quiet", [0, 2])
@pytest.mark.parametrize("output_format", ["text", "json", "lines", "github"])
def test_streamed_single_file_matches_too(tmp_path, output_format, quiet):
    path = tmp_path / "openness.json"
    path.write_text(json.dumps(open_source_ai()))
    options = {"quiet": quiet} if output_format == "text" else {}
    written: list[str] = []
    stream_reports([str(path)], _streamer(output_format, None, **options), written.append)
    assert "".join(written) == _whole(output_format, validate_paths([str(path)]), **options)


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
    import pickle

    _batch(tmp_path, count=12)
    report = validate_paths([str(tmp_path)], min_level="open-methods", jobs=1)
    assert pickle.loads(pickle.dumps(report)) == report
    tally = report.tally()
    assert pickle.loads(pickle.dumps(tally)) == tally
    assert repr(tally).startswith("Tally(min_level='open-methods'")
