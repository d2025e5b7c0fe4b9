"""MkDocs hook: generate the definition's pages at build time (registered in mkdocs.yml).

The pages themselves are written by ``openness.site`` (one function per page); this
file only plugs them into MkDocs:

- ``on_config`` reads the definition, schemas, examples and published badges (see
  ``openness.site.sources`` for the environment variables that point elsewhere), runs
  the validator on the examples, and builds the navigation from the latest version's
  data;
- ``on_files`` adds every generated page (older versions' pages as "not in nav": the
  versions page and the changelog link to them), and every file served byte for byte
  (``/definition/<version>.json``, each schema at the path of its ``$id``, ``/badges/``,
  each example at ``/models/<name>/openness.json``) and the models index ``/models.json``;
- ``on_page_markdown`` fills the ``<!-- openness:NAME -->`` blocks of hand-written
  pages, replaces ``{{ latest }}`` with the latest version (for links) and
  ``{{ repo_url }}`` / ``{{ action }}`` with the repository
  (``openness.site.repository``), and puts the definition version on every page that
  does not say it yet;
- ``on_serve`` makes ``mkdocs serve`` rebuild when the data changes.

The site is built once per language by the mkdocs-static-i18n plugin (English at the
root, French under ``/fr/``): each build runs these hooks again. ``on_config`` and
``on_files`` run after the plugin's own (priority -110 < -100), so they know the
language being built and add the generated pages to the files the plugin has sorted
by language: a generated page of the French build is written under ``fr/``, from the
translated definition (``openness.site.sources.localized``) and with the site's own
words said by ``openness.site.language.tr``.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from openness import urls
from openness.site import blocks, language, pages, repository
from openness.site.language import tr
from openness.site.models_index import INDEX_DEST, models_index_json
from openness.site.pages.common import version_note
from openness.site.pages.models import CONTRIBUTING_DOC
from openness.site.sources import Paths, Site, load_site, localized

_state: dict[str, Any] = {}


def _site() -> Site:
    return _state["site"]


def navigation(site: Site) -> list[Any]:
    """The site's menus: the hand-written pages and the latest version's generated ones.

    Older versions' pages are built too, but stay out of the menus: the versions page
    and the changelog link to them, and each says it is superseded.
    """
    d = site.latest
    v = d.version
    definition: list[Any] = [
        {tr("Definition {version}", version=v): urls.overview_doc(v)},
        {tr("Levels"): [{lv.title: urls.level_doc(v, lv.id)} for lv in d.levels]},
        {tr("Components"): [{c.title: urls.component_doc(v, c.id)} for c in d.components]},
        {tr("G7 labels"): urls.g7_doc(v)},
    ]
    if d.exception_bases or d.data_information:
        definition.append({tr("Training data"): urls.training_data_doc(v)})
    if d.gates:
        definition.append({tr("Download gates"): urls.gates_doc(v)})
    definition.append({tr("Licence policy"): urls.licenses_doc(v)})
    if d.decisions:
        definition.append({tr("Decisions"): urls.decisions_doc(v)})
    definition += [
        {tr("Changelog"): urls.CHANGELOG_DOC},
        {tr("All versions"): urls.VERSIONS_DOC},
    ]
    return [
        {tr("Home"): urls.HOME_DOC},
        {tr("The definition"): definition},
        {tr("Open source washing"): urls.WASHING_DOC},
        {tr("Crosswalks"): urls.CROSSWALKS_DOC},
        # one entry, not one a model: the directory grows to thousands, and every page
        # carries the menus (the table and the search lead to each model)
        {tr("Models"): urls.MODELS_DOC},
        # what a model author does, in the order they do it
        {
            tr("Use it"): [
                {tr("Install"): urls.INSTALL_DOC},
                {tr("Declare"): urls.DECLARE_DOC},
                {tr("Validate"): urls.VALIDATE_DOC},
                {tr("Rules"): urls.RULES_DOC},
                {tr("Badges"): urls.BADGES_DOC},
                {tr("Use in CI"): urls.CI_DOC},
            ]
        },
        {tr("CLI reference"): urls.CLI_DOC},
        {tr("Contributing"): CONTRIBUTING_DOC},
        {tr("Versioning"): urls.VERSIONING_DOC},
        {tr("About"): urls.ABOUT_DOC},
    ]


def nav_docs(nav: list[Any]) -> set[str]:
    """Every source path the menus name."""
    found: set[str] = set()
    for item in nav:
        for value in item.values() if isinstance(item, dict) else [item]:
            if isinstance(value, list):
                found |= nav_docs(value)
            else:
                found.add(value)
    return found


def building_language(config: MkDocsConfig) -> str:
    """The language this build writes: the i18n plugin's current one (English without it)."""
    plugin = config.plugins.get("i18n")
    return getattr(plugin, "current_language", None) or language.DEFAULT


@event_priority(-110)  # after the i18n plugin has chosen the language of this build
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    root = Path(config.config_file_path).resolve().parent
    lang = building_language(config)
    language.set_language(lang)
    if _state.get("root") != root:  # read and assess once, whatever the languages
        paths = Paths.from_root(root)
        try:
            site = load_site(paths)
        except (OSError, ValueError, KeyError) as error:
            raise PluginError(f"openness site data: {error}") from error
        if config.site_url:
            raise PluginError(
                "mkdocs.yml sets site_url: remove it, the address is openness.urls.BASE_URL"
            )
        _state.update(root=root, base=site, localized={})
    config.site_url = urls.BASE_URL + "/"
    if lang not in _state["localized"]:
        site = localized(_state["base"], lang)
        _state["localized"][lang] = dataclasses.replace(site, repo_url=config.repo_url or "")
    _state["site"] = _state["localized"][lang]
    _state["generated"] = set()
    config.nav = navigation(_state["site"])
    return config


def _generated(config: MkDocsConfig, uri: str, lang: str, **kwargs: Any) -> File:
    """A generated page of ``lang``: under the language's folder when not the default,
    with its alternates (the same page in the other languages) for the switcher."""
    file = File.generated(config, uri, **kwargs)
    if lang != language.DEFAULT:
        file.dest_uri = f"{lang}/{file.dest_uri}"
    file.locale = lang
    file.locale_alternate_of = lang
    file.alternates = {lang: file}
    for other in language.LANGUAGES:
        if other != lang:
            twin = File.generated(config, uri, content="")
            if other != language.DEFAULT:
                twin.dest_uri = f"{other}/{twin.dest_uri}"
            file.alternates[other] = twin
    return file


@event_priority(-110)  # after the i18n plugin has kept the pages of this language
def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = _site()
    lang = language.language()
    generated = set()
    in_nav = nav_docs(navigation(site))
    for page in pages.generated_pages(site):
        if files.get_file_from_path(page.uri) is not None:
            raise PluginError(f"docs/{page.uri} exists but the page is generated: remove it")
        inclusion = InclusionLevel.UNDEFINED if page.uri in in_nav else InclusionLevel.NOT_IN_NAV
        files.append(_generated(config, page.uri, lang, content=page.render(), inclusion=inclusion))
        generated.add(page.uri)
    for served in site.served:
        if files.get_file_from_path(served.dest) is not None:
            raise PluginError(f"docs/{served.dest} would hide the served {served.source}")
        files.append(File.generated(config, served.dest, abs_src_path=str(served.source)))
    if files.get_file_from_path(INDEX_DEST) is not None:
        raise PluginError(f"docs/{INDEX_DEST} exists but the models index is generated")
    # the index is data, in English whatever the language being built (one file for all)
    with language.speaking(language.DEFAULT):
        index = models_index_json(_state["localized"][language.DEFAULT])
    files.append(File.generated(config, INDEX_DEST, content=index))
    _state["generated"] = generated
    # the sitemap lists every page with its alternates (material's language menu reads it
    # to land on the same page): the plugin noted this language's pages before ours
    plugin = config.plugins.get("i18n")
    if plugin is not None:
        plugin.i18n_files_per_language[lang] = files.documentation_pages()
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    site = _site()
    # a translated page (index.fr.md) speaks for the page it translates (index.md)
    uri = getattr(page.file, "norm_src_uri", page.file.src_uri)
    if page.file.src_uri in _state["generated"]:
        return markdown
    markdown = markdown.replace("{{ latest }}", site.latest.version)
    markdown = repository.fill(markdown, site.repo_url)
    try:
        markdown = blocks.fill(markdown, site, uri)
    except blocks.UnknownBlockError as error:
        raise PluginError(str(error)) from error
    note = version_note(site, site.latest, uri)
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("# "):
            lines[index + 1 : index + 1] = ["", note, ""]
            return "\n".join(lines)
    return note + "\n\n" + markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """French pages get French typography (no-break spaces before : ; ? !)."""
    return html if language.language() != "fr" else language.french_spacing(html)


# the head's language alternates that material renders from extra.alternate
_HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[a-z-]+">\n?')


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Drop the head's ``<link rel="alternate" hreflang>`` lines. The i18n plugin points
    them at the same page in each language, and material's script then fetches
    ``<that page>/sitemap.xml``, a 404 on every page but the homes. The language menu's
    own links already lead to the same page in the other language (with or without
    JavaScript), and the sitemap gives search engines every page's alternates."""
    return _HEAD_ALTERNATE.sub("", output)


def on_post_build(config: MkDocsConfig) -> None:
    """A French page may not fall back to English: a sentence of the site's code with no
    French in ``openness.i18n.site`` fails the build (English needs no catalogue). The
    sitemap is served under each language's root too."""
    missing = language.untranslated()
    if missing:
        raise PluginError(
            f"no {language.language()} for these sentences of the site (add them to "
            f"openness.i18n.site): {missing}"
        )
    lang = language.language()
    if lang != language.DEFAULT:
        # material's language menu fetches <language root>/sitemap.xml: the same sitemap
        # (every page of every language, with its alternates) serves there too
        site_dir = Path(config.site_dir)
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site_dir / name).is_file():
                (site_dir / lang / name).write_bytes((site_dir / name).read_bytes())


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    paths = _site().paths
    for folder in (
        paths.definition_dir,
        paths.schema_dir,
        paths.examples_dir,
        paths.badges_dir,
        paths.root / "src" / "openness",
    ):
        if folder.exists():
            server.watch(str(folder))
    return server
