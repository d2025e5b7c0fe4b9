"""Generated parts of hand-written pages.

A hand-written page under ``docs/`` holds the prose; where it needs facts from the
definition, the examples or the tool, it says ``<!-- openness:NAME -->`` on a line of
its own and the build puts the block ``NAME`` there. An unknown name fails the build.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Callable

from openness import urls
from openness.exitcodes import EXIT_INTERNAL, EXIT_INVALID, EXIT_OK, EXIT_USAGE
from openness.site.language import said, tr
from openness.site.markdown import cell, code, json_block, link, text
from openness.site.pages.common import (
    data_access_table,
    entries_table,
    first_level_link,
    frameworks_table,
    level_link,
)
from openness.site.pages.definition import pillars_block, versions_table
from openness.site.pages.ladder import ladder_block
from openness.site.sources import Site
from openness.urls import BASE_URL, schema_url

MARKER = re.compile(r"^([ \t]*)<!-- openness:([a-z0-9-]+) -->[ \t]*$", re.MULTILINE)

Block = Callable[[Site, str], str]


def summary(site: Site, uri: str) -> str:
    return text(site.latest.summary) + "\n"


def pillars(site: Site, uri: str) -> str:
    return pillars_block(site.latest, uri)


# Well-known models the home page places on the ladder, by their folder under examples/.
# Only the choice of models is written here: where each stands is its computed level.
FAMOUS = ("olmo-2-7b", "deepseek-r1", "llama-3.1-8b", "gpt-4")


def ladder(site: Site, uri: str) -> str:
    return ladder_block(site, site.latest, uri, FAMOUS)


def ask(site: Site, uri: str) -> str:
    """A search box into the models directory (its table reads ``?q=``)."""
    here = posixpath.dirname(urls.served_path(uri))
    action = posixpath.relpath(urls.served_path(urls.MODELS_DOC), here) + "/"
    count = len(site.examples)
    return (
        f'<form class="oa-ask" action="{action}" method="get" role="search">'
        f'<label class="oa-sr-only" for="oa-ask">{tr("Model name")}</label>'
        '<input id="oa-ask" name="q" type="search" '
        f'placeholder="{tr("A model or a maker: Llama, Mistral, OLMo, Gemma…")}">'
        '<button class="md-button md-button--primary" type="submit">'
        f"{tr('Look it up')}</button></form>\n\n"
        + tr(
            "{count} models, each with a one-sentence answer, what is released, what you may "
            "do with it and the public sources of every fact.",
            count=count,
        )
        + "\n"
    )


def frameworks(site: Site, uri: str) -> str:
    """Each level of the latest version with its G7 label, OSAID and MOF beside it."""
    return "\n".join(frameworks_table(site.latest, uri)) + "\n"


def schema_line(site: Site, uri: str) -> str:
    """The first lines of an ``openness.json``: ``$schema`` and the version."""
    d = site.latest
    return json_block(
        json.dumps({"$schema": schema_url(d.version), "openness": d.version}, indent=2)
    )


def skeleton(site: Site, uri: str) -> str:
    """A starting declaration: every always-applying component, not released yet."""
    d = site.latest
    doc = {
        "$schema": schema_url(d.version),
        "openness": d.version,
        "model": {"name": "My-Model-7B", "organization": "My Lab"},
        "claims": {"open_source": False},
        "components": {c.id: {"status": "not-released"} for c in d.components if c.always_applies},
    }
    return json_block(json.dumps(doc, indent=2), "openness.json")


def components_table(site: Site, uri: str) -> str:
    d = site.latest
    kinds = {k.id: k.title for k in d.kinds}
    lines = [
        tr("| Id | Component | Kind | Always applies | First needed for |"),
        "| --- | --- | --- | --- | --- |",
    ]
    for comp in d.components:
        first_cell = first_level_link(d, comp.id, uri, tr("none"))
        lines.append(
            f"| {code(comp.id)} "
            f"| {link(text(comp.title), uri, urls.component_doc(d.version, comp.id))} "
            f"| {cell(kinds.get(comp.kind, comp.kind))} "
            f"| {tr('yes') if comp.always_applies else tr('no')} | {first_cell} |"
        )
    return "\n".join(lines) + "\n"


def statuses(site: Site, uri: str) -> str:
    return "\n".join(entries_table(site.latest.statuses, tr("Status"))) + "\n"


def access_classes(site: Site, uri: str) -> str:
    return "\n".join(data_access_table(site.latest)) + "\n"


def washing_examples(site: Site, uri: str) -> str:
    """Every example presented as open source, with what its level lacks (in the words
    of the version the example is written against)."""
    claimed = [e for e in site.examples if e.claims_open_source]
    if not claimed:
        return tr("No example declaration is presented as open source.") + "\n"
    lines = []
    for example in claimed:
        report = example.report
        d = site.definition(report.definition_version)
        level = d.level(report.level) if report.level else None
        lines += [f"### {text(example.name)}", ""]
        if level is None:
            lines += [tr("The declaration is not valid, so no level is computed."), ""]
            continue
        washing = [f for f in report.findings if f.rule == "open-source-washing"]
        verdict = (
            tr("The validator reports open source washing.")
            if washing
            else tr("No washing: the level supports the claim.")
        )
        if d is site.latest:
            computed = tr(
                "Presented as open source; computed level: {level}.",
                level=level_link(d, level, uri),
            )
        else:
            computed = tr(
                "Presented as open source; computed level (written against definition "
                "{version}): {level}.",
                version=code(d.version),
                level=level_link(d, level, uri),
            )
        lines += [f"{computed} {verdict}", ""]
        for finding in washing:
            lines += [f"> `{finding.rule}`: {text(said(finding.message))}", ""]
        missing = [c for c in report.levels if not c.met]
        if missing:
            lines += [tr("What stands between it and {top}:", top=text(d.levels[-1].title)), ""]
            for check in missing:
                title = text(d.level(check.level).title)
                for gap in check.missing:
                    lines.append(f"- *{title}*: {text(said(gap.message))}")
            lines.append("")
        lines += [
            tr(
                "Full report: {link}.",
                link=link(text(example.name), uri, urls.model_doc(example.slug)),
            ),
            "",
        ]
    return "\n".join(lines)


def cli_reference(site: Site, uri: str) -> str:
    from openness.cli import cli
    from openness.site.clidoc import reference

    return reference(cli, level=2)


def exit_codes(site: Site, uri: str) -> str:
    meanings = [
        (EXIT_OK, tr("every file is valid (and at or above `--min-level` when given)")),
        (EXIT_INVALID, tr("a file is invalid, or below `--min-level`")),
        (EXIT_USAGE, tr("usage error, or a file could not be read")),
        (EXIT_INTERNAL, tr("internal error: a bug in openness, please report it")),
    ]
    lines = [tr("| Exit code | Meaning |"), "| ---: | --- |"]
    lines += [f"| {number} | {meaning} |" for number, meaning in meanings]
    return "\n".join(lines) + "\n"


def output_formats(site: Site, uri: str) -> str:
    import click

    from openness.cli.validate import validate

    for param in validate.params:
        if isinstance(param, click.Option) and "--format" in param.opts:
            choices = ", ".join(code(c) for c in param.type.choices)
            return f"{choices}. {text(param.help or '')}\n"
    return ""


def schema_url_block(site: Site, uri: str) -> str:
    return code(schema_url(site.latest.version)) + "\n"


def vscode_settings(site: Site, uri: str) -> str:
    """VS Code ``settings.json`` lines that map the schema to every ``openness.json``."""
    doc = {
        "json.schemas": [{"fileMatch": ["openness.json"], "url": schema_url(site.latest.version)}]
    }
    return json_block(json.dumps(doc, indent=2), ".vscode/settings.json")


def report_schema(site: Site, uri: str) -> str:
    from openness.report import REPORT_VERSION
    from openness.urls import report_schema_url

    dest = report_schema_url(REPORT_VERSION).removeprefix(BASE_URL + "/")
    return link(code(report_schema_url(REPORT_VERSION)), uri, dest) + "\n"


def versions(site: Site, uri: str) -> str:
    return versions_table(site, uri)


def action_inputs(site: Site, uri: str) -> str:
    """The GitHub Action's inputs, read from ``action.yml`` itself (never restated)."""
    import yaml

    action = yaml.safe_load((site.paths.root / "action.yml").read_text(encoding="utf-8"))
    lines = [tr("| Input | Default | What it does |"), "| --- | --- | --- |"]
    for name, spec in action["inputs"].items():
        default = str(spec.get("default", ""))
        lines.append(
            f"| {code(name)} | {code(default) if default else tr('none')} "
            f"| {cell(spec.get('description', ''))} |"
        )
    return "\n".join(lines) + "\n"


def levels_list(site: Site, uri: str) -> str:
    d = site.latest
    return ", ".join(code(level.id) for level in d.levels)


BLOCKS: dict[str, Block] = {
    "summary": summary,
    "pillars": pillars,
    "ladder": ladder,
    "ask": ask,
    "frameworks": frameworks,
    "schema-line": schema_line,
    "skeleton": skeleton,
    "components-table": components_table,
    "statuses": statuses,
    "access-classes": access_classes,
    "washing-examples": washing_examples,
    "cli-reference": cli_reference,
    "exit-codes": exit_codes,
    "output-formats": output_formats,
    "versions": versions,
    "report-schema": report_schema,
    "schema-url": schema_url_block,
    "vscode-settings": vscode_settings,
    "level-ids": levels_list,
    "action-inputs": action_inputs,
}


class UnknownBlockError(KeyError):
    """A page names a block that does not exist."""


def fill(markdown: str, site: Site, uri: str) -> str:
    """Replace every ``<!-- openness:NAME -->`` line of a page with its block.

    A marker may be indented (inside a list item): the block is indented the same way.
    """

    def replace(match: re.Match[str]) -> str:
        indent, name = match.group(1), match.group(2)
        if name not in BLOCKS:
            raise UnknownBlockError(f"{uri}: unknown block {name!r} (known: {sorted(BLOCKS)})")
        block = BLOCKS[name](site, uri).rstrip("\n")
        return "\n".join(indent + line if line else "" for line in block.split("\n"))

    return MARKER.sub(replace, markdown)
