"""The generated pages of the site, one module a family of pages.

- :mod:`.definition`: every version, and one version on one page (plus the pillars and
  the ladder of levels that the home page shows too);
- :mod:`.levels` and :mod:`.components`: one page a level, one a component;
- :mod:`.licenses`: the licence policy, and a page per model licence without an SPDX id;
  :mod:`.crosswalks`: OSAID and MOF side by side;
- :mod:`.g7`: the G7 labels and each version's reading of them; :mod:`.policies`: the
  training data rules, download gates and decisions (from 2.0); :mod:`.changelog`: what
  changed between versions, computed by :mod:`openness.site.changelog`;
- :mod:`.models`: the example declarations and their reports; :mod:`.badges`: the
  badge gallery and snippets; :mod:`.rules`: the validator's rules;
- :mod:`.common`: what several of them share, and the renderer of the templates that
  hold their prose (``openness/site/templates/``).

:func:`generated_pages` lists them all with their source paths.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from openness import urls
from openness.site.pages.badges import badges_page
from openness.site.pages.changelog import changelog_page
from openness.site.pages.components import component_page
from openness.site.pages.crosswalks import crosswalks_page
from openness.site.pages.definition import overview_page, versions_page
from openness.site.pages.g7 import g7_page
from openness.site.pages.levels import level_page
from openness.site.pages.licenses import licence_doc, licence_page, licenses_page
from openness.site.pages.models import model_page, models_page
from openness.site.pages.policies import (
    decisions_page,
    gates_page,
    has_training_data_rules,
    training_data_page,
)
from openness.site.pages.rules import rules_page
from openness.site.sources import Site


@dataclass(frozen=True, slots=True)
class GeneratedPage:
    uri: str  # source path, e.g. "definition/1.0/levels/open-weights.md"
    title: str
    render: Callable[[], str]


def generated_pages(site: Site) -> list[GeneratedPage]:
    """Every generated page of the site, with its source path."""
    pages = [
        GeneratedPage(urls.VERSIONS_DOC, "All versions", lambda: versions_page(site)),
        GeneratedPage(urls.CHANGELOG_DOC, "Changelog", lambda: changelog_page(site)),
        GeneratedPage(urls.CROSSWALKS_DOC, "Crosswalks", lambda: crosswalks_page(site)),
        GeneratedPage(urls.RULES_DOC, "Rules", lambda: rules_page(site)),
        GeneratedPage(urls.MODELS_DOC, "Models", lambda: models_page(site)),
        GeneratedPage(urls.BADGES_DOC, "Badges", lambda: badges_page(site)),
    ]
    for d in site.definitions.values():
        pages.append(
            GeneratedPage(urls.overview_doc(d.version), d.title, lambda d=d: overview_page(site, d))
        )
        for level in d.levels:
            pages.append(
                GeneratedPage(
                    urls.level_doc(d.version, level.id),
                    level.title,
                    lambda d=d, level=level: level_page(site, d, level),
                )
            )
        for comp in d.components:
            pages.append(
                GeneratedPage(
                    urls.component_doc(d.version, comp.id),
                    comp.title,
                    lambda d=d, cid=comp.id: component_page(site, d, cid),
                )
            )
        pages.append(
            GeneratedPage(
                urls.licenses_doc(d.version), "Licences", lambda d=d: licenses_page(site, d)
            )
        )
        for ref_id in d.licenses.license_refs:
            pages.append(
                GeneratedPage(
                    licence_doc(d.version, ref_id),
                    ref_id,
                    lambda d=d, ref_id=ref_id: licence_page(site, d, ref_id),
                )
            )
        pages.append(
            GeneratedPage(urls.g7_doc(d.version), "G7 labels", lambda d=d: g7_page(site, d))
        )
        if has_training_data_rules(d):
            pages.append(
                GeneratedPage(
                    urls.training_data_doc(d.version),
                    "Training data",
                    lambda d=d: training_data_page(site, d),
                )
            )
        if d.gates:
            pages.append(
                GeneratedPage(
                    urls.gates_doc(d.version), "Download gates", lambda d=d: gates_page(site, d)
                )
            )
        if d.decisions:
            pages.append(
                GeneratedPage(
                    urls.decisions_doc(d.version), "Decisions", lambda d=d: decisions_page(site, d)
                )
            )
    for example in site.examples:
        pages.append(
            GeneratedPage(
                urls.model_doc(example.slug), example.name, lambda e=example: model_page(site, e)
            )
        )
    return pages
