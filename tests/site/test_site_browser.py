"""The built site in a real browser: Debian's Chromium, driven by Playwright.

Skipped only where /usr/bin/chromium is absent (CI installs it with
tools/install_browser.sh). Screenshots go to test-output/site/ (not committed).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from sitebuild import ROOT

from openness.definition import load_definition

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
VIEWPORTS = {"desktop": (1280, 900), "phone": (390, 844)}
SHOTS = ROOT / "test-output" / "site"

pytestmark = [
    pytest.mark.allow_loopback,
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"{CHROMIUM} not installed (run tools/install_browser.sh)",
    ),
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base_url(built_site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is needed: pip install playwright"
    )
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def _page(browser, viewport: str = "desktop"):
    width, height = VIEWPORTS[viewport]
    page = browser.new_page(viewport={"width": width, "height": height})
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: (
            problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "response",
        lambda response: (
            problems.append(f"HTTP {response.status}: {response.url}")
            if response.status >= 400
            else None
        ),
    )
    # A request cut short by leaving the page (the search worker) is not a broken resource.
    page.on(
        "requestfailed",
        lambda request: (
            problems.append(f"failed: {request.url} {request.failure}")
            if "ERR_ABORTED" not in (request.failure or "")
            else None
        ),
    )
    return page, problems


def _local_target(site_dir: Path, base_url: str, href: str) -> Path | None:
    """The file a same-site link points to (None for other sites)."""
    url = urlparse(href)
    if not href.startswith(base_url) or url.scheme not in ("http", "https"):
        return None
    path = site_dir / url.path.lstrip("/")
    return path / "index.html" if url.path.endswith("/") else path


def test_every_page_loads_without_errors_or_broken_links(
    browser, base_url: str, built_site: Path
) -> None:
    page, problems = _page(browser)
    pages = sorted(p for p in built_site.rglob("*.html") if p.name != "404.html")
    assert len(pages) > 30
    broken: list[str] = []
    for html in pages:
        address = urljoin(base_url, html.relative_to(built_site).as_posix())
        page.goto(address, wait_until="load")
        images = page.eval_on_selector_all(
            "img", "imgs => imgs.map(i => [i.currentSrc.slice(0, 80), i.complete, i.naturalWidth])"
        )
        for src, complete, width in images:
            if not complete or width <= 0:
                broken.append(f"{address}: image {src} not shown")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            target = _local_target(built_site, base_url, href.split("#")[0])
            if target is not None and not target.exists():
                broken.append(f"{address}: broken link {href}")
    page.close()
    assert not problems, "\n".join(problems)
    assert not broken, "\n".join(broken)


def test_home_shows_the_level_ladder_with_badges(browser, base_url: str) -> None:
    d = load_definition()
    for viewport in VIEWPORTS:
        page, problems = _page(browser, viewport)
        page.goto(base_url, wait_until="load")
        rungs = page.locator(".oa-ladder .oa-rung")
        assert rungs.count() == len(d.levels)
        for index, level in enumerate(reversed(d.levels)):
            rung = rungs.nth(index)
            assert rung.is_visible()
            assert level.title in rung.inner_text()
            badge = rung.locator("img.oa-badge")
            assert level.badge_message in badge.get_attribute("alt")
            assert badge.evaluate("img => img.naturalWidth") > 0
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"home-{viewport}.png"), full_page=True)
        page.close()
        assert not problems, problems


def test_the_ladder_reads_at_both_sizes(browser, base_url: str) -> None:
    """Levels x pillars on a level page: the page's own level marked, the pillar named in
    every cell on a phone (where the column headings are hidden), nothing wider than the
    screen."""
    d = load_definition()
    level = d.levels[2]
    for viewport, (width, _) in VIEWPORTS.items():
        page, problems = _page(browser, viewport)
        page.goto(f"{base_url}definition/{d.version}/levels/{level.id}/", wait_until="load")
        ladder = page.locator(".oa-ladder")
        assert ladder.count() == 1 and ladder.is_visible()
        current = ladder.locator(".oa-rung[aria-current='page']")
        assert current.get_attribute("data-level") == level.id
        box = ladder.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        cells = ladder.locator(".oa-cell")
        assert cells.count() == len(d.levels) * len(d.pillars)
        for i in range(cells.count()):
            assert cells.nth(i).is_visible()
        pillar_names = ladder.locator(".oa-cell .oa-cell-pillar").first.is_visible()
        assert pillar_names == (viewport == "phone")
        page.close()
        assert not problems, problems


def test_the_badges_gallery_shows_every_badge_at_its_natural_size(browser, base_url: str):
    """P6: the gallery drew 212x20 badges at 83x8 px; every badge now keeps its size,
    light and dark variants of every level, the invalid badge included."""
    from openness.badge import STYLES

    d = load_definition()
    for viewport, (width, _) in VIEWPORTS.items():
        page, problems = _page(browser, viewport)
        page.goto(f"{base_url}badges/", wait_until="load")
        sizes = page.eval_on_selector_all(
            ".oa-gallery img",
            "imgs => imgs.map(i => [i.getAttribute('src'), i.naturalWidth, i.naturalHeight,"
            " i.getBoundingClientRect().width, i.getBoundingClientRect().height])",
        )
        assert len(sizes) == len(STYLES) * 2 * (len(d.levels) + 1)
        for src, nw, nh, w, h in sizes:
            assert nw > 0 and (round(w), round(h)) == (nw, nh), (viewport, src, nw, nh, w, h)
        assert any("invalid-dark.svg" in src for src, *_ in sizes)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"badges-{viewport}.png"), full_page=True)
        page.close()
        assert not problems, problems


def test_search_for_washing_leads_to_the_washing_page(browser, base_url: str) -> None:
    page, problems = _page(browser)
    page.goto(base_url, wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # The index loads in a web worker, and the search runs on key presses: typed
    # key by key once the index is ready (a value set at once searched only when
    # it beat the worker, so the test failed when the machine was quick to load it)
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta')"
        ".textContent.includes('Initializing')",
        timeout=30_000,
    )
    search = page.locator("input.md-search__input")
    first = page.locator(".md-search-result__item a").first
    timeout_error = pytest.importorskip("playwright.sync_api").TimeoutError
    for attempt in (1, 2):
        search.fill("")
        search.press_sequentially("washing", delay=20)
        try:
            first.wait_for(timeout=15_000)
            break
        except timeout_error:
            # seen about once in eight full runs of the suite, never alone: a second
            # try tells a query the page dropped (passes) from a search that is broken
            if attempt == 2:
                meta = page.locator(".md-search-result__meta").inner_text()
                raise AssertionError(f"no results for 'washing' ({meta!r}); {problems}") from None
    # the result's address carries the highlighted query (?h=...) and maybe an anchor
    target = urlparse(first.get_attribute("href")).path.rstrip("/")
    assert target.endswith("washing"), first.get_attribute("href")
    first.click()
    page.wait_for_url("**/washing/**")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == "Open source washing"
    page.close()
    assert not problems, problems


def test_models_table_filters_and_sorts(browser, base_url: str, built_site: Path) -> None:
    page, problems = _page(browser)
    page.goto(urljoin(base_url, "models/"), wait_until="load")
    rows = page.locator(".oa-models tbody tr")
    total = rows.count()
    assert total >= 10

    def visible() -> list[str]:
        return [rows.nth(i).inner_text() for i in range(total) if rows.nth(i).is_visible()]

    page.locator("#oa-model-filter").fill("llama")
    shown = visible()
    assert shown and len(shown) < total
    assert all("llama" in row.lower() for row in shown)
    assert page.locator("#oa-model-count").inner_text() == f"{len(shown)} of {total} models"

    page.locator("#oa-model-filter").fill("")
    top = load_definition().levels[-1]
    page.locator("#oa-level-filter").select_option(top.id)
    shown_top = [
        rows.nth(i).locator("[data-level]").get_attribute("data-level")
        for i in range(total)
        if rows.nth(i).is_visible()
    ]
    assert shown_top and set(shown_top) == {top.id}
    page.locator("#oa-level-filter").select_option("")
    assert len(visible()) == total

    page.locator(".oa-models th", has_text="Level").click()
    ranks = [
        int(rows.nth(i).locator("[data-rank]").get_attribute("data-rank")) for i in range(total)
    ]
    assert ranks == sorted(ranks)
    page.locator(".oa-models th", has_text="Level").click()
    ranks = [
        int(rows.nth(i).locator("[data-rank]").get_attribute("data-rank")) for i in range(total)
    ]
    assert ranks == sorted(ranks, reverse=True)
    page.close()
    assert not problems, problems


def test_an_older_version_is_reached_from_the_versions_page(browser, base_url: str) -> None:
    """The menus list the latest version; the versions page leads to an older one, whose
    pages say they are superseded and lead back to the latest."""
    latest = load_definition()
    page, problems = _page(browser)
    page.goto(urljoin(base_url, "definition/"), wait_until="load")
    page.locator("article a", has_text="Open Source AI Definition").first.click()
    page.wait_for_url("**/definition/1.0/")
    note = page.locator(".oa-superseded")
    assert note.is_visible()
    assert f"superseded by version {latest.version}" in note.inner_text()
    assert page.locator(".md-nav--primary a[href*='/1.0/']").count() == 0
    note.locator("a", has_text=f"version {latest.version}").click()
    page.wait_for_url(f"**/definition/{latest.version}/")
    assert latest.title in page.locator("h1").first.inner_text()
    assert page.locator(".oa-superseded").count() == 0
    page.goto(urljoin(base_url, "definition/changelog/"), wait_until="load")
    assert page.locator("h2", has_text="From 1.0 to 2.0").is_visible()
    page.goto(urljoin(base_url, f"definition/{latest.version}/g7/"), wait_until="load")
    rows = page.locator("article table").first.locator("tbody tr")
    assert rows.count() == len(latest.g7.labels)
    page.close()
    assert not problems, problems


def test_schema_url_returns_the_source_file(browser, base_url: str) -> None:
    page, problems = _page(browser)
    for source in sorted((ROOT / "schema").rglob("*.json")):
        schema_id = json.loads(source.read_bytes())["$id"]
        response = page.goto(urljoin(base_url, urlparse(schema_id).path.lstrip("/")))
        assert response is not None and response.ok
        assert response.body() == source.read_bytes()
        assert json.loads(response.body()) == json.loads(source.read_bytes())
    page.close()
    # Chromium asks for /favicon.ico when it shows a bare JSON file; that is not a page.
    problems = [p for p in problems if "favicon.ico" not in p and "status of 404" not in p]
    assert not problems, problems


def test_screenshots(browser, base_url: str) -> None:
    """Full-page screenshots to look at: home, a level page, the models table."""
    d = load_definition()
    targets = {
        "home": "",
        "g7": f"definition/{d.version}/g7/",
        "changelog": "definition/changelog/",
        "level": f"definition/{d.version}/levels/{d.levels[-2].id}/",
        "models": "models/",
    }
    SHOTS.mkdir(parents=True, exist_ok=True)
    for viewport in VIEWPORTS:
        page, problems = _page(browser, viewport)
        for name, path in targets.items():
            page.goto(urljoin(base_url, path), wait_until="load")
            out = SHOTS / f"{name}-{viewport}.png"
            page.screenshot(path=str(out), full_page=True)
            assert out.stat().st_size > 10_000
        page.close()
        assert not problems, problems


# --- the models directory (issue 13) --------------------------------------------------------

PHONE_WIDTH = VIEWPORTS["phone"][0]
# one model a level a reader meets most: open with open data, open weights, weights available
MODEL_PAGES = {
    "open-source-ai-open-data": "olmo-2-7b",
    "open-weights": "deepseek-r1",
    "weights-available": "llama-3.1-8b",
}


def _no_overflow(page, address: str) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{address}: {width}px wide"


def test_model_page_answers_first_and_fits_a_phone(browser, base_url: str) -> None:
    d = load_definition()
    for viewport in VIEWPORTS:
        page, problems = _page(browser, viewport)
        for level, slug in MODEL_PAGES.items():
            address = urljoin(base_url, f"models/{slug}/")
            page.goto(address, wait_until="load")
            verdict = page.locator(".oa-verdict").first
            assert verdict.is_visible()
            said = verdict.inner_text()
            assert said.startswith("Open source AI? ")
            assert d.level(level).title in said
            # the answer is the first thing under the title, above the fold
            box = verdict.bounding_box()
            assert box is not None and box["y"] < page.viewport_size["height"] / 2
            row = page.locator(".oa-verdict-row")
            assert "G7 label" in row.inner_text() and "OSAID 1.0" in row.inner_text()
            assert row.locator("img.oa-badge").evaluate("img => img.naturalWidth") > 0
            pillars = page.locator(".oa-matrix .oa-pillar")
            assert pillars.count() == len(d.pillars)
            cells = page.locator(".oa-matrix li[data-state]")
            assert cells.count() == len(d.components)
            for i in range(cells.count()):
                symbol = cells.nth(i).locator(".oa-sym").inner_text().strip()
                words = cells.nth(i).locator(".oa-state").inner_text().strip()
                assert symbol and words  # readable without colour
            if viewport == "phone":
                assert page.viewport_size["width"] == PHONE_WIDTH
                _no_overflow(page, address)
        page.close()
        assert not problems, problems


def test_models_table_filters_by_organization_and_licence_on_a_phone(
    browser, base_url: str
) -> None:
    page, problems = _page(browser, "phone")
    address = urljoin(base_url, "models/")
    page.goto(address, wait_until="load")
    _no_overflow(page, address)
    rows = page.locator(".oa-models tbody tr")
    total = rows.count()
    page.locator("#oa-org-filter").select_option("Meta")
    shown = [i for i in range(total) if rows.nth(i).is_visible()]
    assert len(shown) >= 3
    assert all(rows.nth(i).get_attribute("data-org") == "Meta" for i in shown)
    page.locator("#oa-org-filter").select_option("")
    page.locator("#oa-license-filter").select_option("MIT")
    shown = [i for i in range(total) if rows.nth(i).is_visible()]
    assert shown and all(rows.nth(i).get_attribute("data-license") == "MIT" for i in shown)
    assert page.locator("#oa-model-count").inner_text() == f"{len(shown)} of {total} models"
    _no_overflow(page, address)
    page.close()
    assert not problems, problems


def test_home_search_box_leads_to_the_filtered_directory(browser, base_url: str) -> None:
    page, problems = _page(browser, "phone")
    page.goto(base_url, wait_until="load")
    page.locator("#oa-ask").fill("llama")
    page.locator("form.oa-ask button").click()
    page.wait_for_url("**/models/?q=llama")
    assert page.locator("#oa-model-filter").input_value() == "llama"
    rows = page.locator(".oa-models tbody tr")
    shown = [rows.nth(i).inner_text() for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert shown and all("llama" in row.lower() for row in shown)
    page.close()
    assert not problems, problems


def test_licence_finder_filters_by_text_kind_and_verdict(browser, base_url: str) -> None:
    d = load_definition()
    page, problems = _page(browser, "phone")
    address = urljoin(base_url, f"definition/{d.version}/licenses/")
    page.goto(address, wait_until="load")
    _no_overflow(page, address)
    items = page.locator(".oa-licences li[data-open]")

    def shown() -> list[str]:
        return [
            items.nth(i).inner_text()
            for i in range(items.count())
            if items.nth(i).evaluate("li => !li.hidden")
        ]

    page.locator("#oa-licence-filter").fill("llama")
    found = shown()
    assert found and all("llama" in item.lower() for item in found)
    page.locator("#oa-licence-filter").fill("")
    page.locator("#oa-licence-kind").select_option("code")
    page.locator("#oa-licence-verdict").select_option("open")
    open_for_code = shown()
    assert "Apache-2.0" in open_for_code and "CC-BY-4.0" not in open_for_code
    page.close()
    assert not problems, problems


def test_models_index_is_served_and_validates(browser, base_url: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    page, problems = _page(browser)
    index = json.loads(page.goto(urljoin(base_url, "models.json")).body())
    schema_path = urlparse(index["$schema"]).path.lstrip("/")
    schema = json.loads(page.goto(urljoin(base_url, schema_path)).body())
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        index
    )
    first = index["models"][0]
    declaration = page.goto(urljoin(base_url, urlparse(first["declaration_url"]).path.lstrip("/")))
    assert declaration.ok and json.loads(declaration.body())["model"]["name"] == first["name"]
    page.close()
    problems = [p for p in problems if "favicon.ico" not in p and "status of 404" not in p]
    assert not problems, problems


def test_directory_screenshots(browser, base_url: str) -> None:
    """Full-page screenshots to look at: home, the models table, one model a level."""
    targets = {"home": "", "models": "models/"}
    targets.update({f"model-{level}": f"models/{slug}/" for level, slug in MODEL_PAGES.items()})
    SHOTS.mkdir(parents=True, exist_ok=True)
    for viewport in VIEWPORTS:
        page, problems = _page(browser, viewport)
        for name, path in targets.items():
            page.goto(urljoin(base_url, path), wait_until="load")
            page.wait_for_timeout(600)  # the theme fades its tabs in
            out = SHOTS / f"dir-{name}-{viewport}.png"
            page.screenshot(path=str(out), full_page=True)
            assert out.stat().st_size > 10_000
        page.close()
        assert not problems, problems


def _french_level_name(path: str) -> str:
    """The French title of the level a page shows (a model page: the level computed)."""
    from openness.i18n import text
    from openness.validate import validate_paths

    definition = load_definition()
    level = "open-weights"
    if path.startswith("models/"):
        slug = path.strip("/").split("/")[-1]
        report = validate_paths([str(ROOT / "examples" / slug / "openness.json")])
        level = report.files[0].level
    return text(definition.level(level).title, "fr")


def _switch_language(page, lang: str) -> None:
    """Choose a language in material's language menu (it opens on hover)."""
    page.locator(".md-header__option .md-select").first.hover()
    link = page.locator(f"a.md-select__link[hreflang={lang}]").first
    link.wait_for(state="visible", timeout=5_000)
    link.click()
    page.wait_for_function(f"() => document.documentElement.lang === '{lang}'", timeout=10_000)


@pytest.mark.parametrize(
    ("path", "english", "french"),
    [
        ("", "Open Weights AI", "IA à poids ouverts"),
        ("definition/2.0/levels/open-weights/", "What it requires", "Ce qu'il exige"),
        ("models/pythia-6.9b/", "What is released", "Ce qui est publié"),
    ],
)
def test_the_language_menu_switches_the_same_page(
    browser, base_url: str, path: str, english: str, french: str
) -> None:
    """Home, a level page and a model page: French and back, on the same page, with the
    level names in the page's language."""
    page, problems = _page(browser)
    page.goto(urljoin(base_url, path), wait_until="load")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert english in page.locator("article").inner_text()
    _switch_language(page, "fr")
    assert urlparse(page.url).path == "/fr/" + path
    article = page.locator("article").inner_text()
    assert french in article and english not in article
    # the level names in French: the ladder's on the home and level pages, the model's own
    assert _french_level_name(path) in page.locator("article").inner_text()
    _switch_language(page, "en")
    assert urlparse(page.url).path == "/" + path
    page.close()
    assert not problems, problems


def test_search_for_blanchiment_from_the_french_home_finds_the_washing_page(
    browser, base_url: str
) -> None:
    page, problems = _page(browser)
    page.goto(urljoin(base_url, "fr/"), wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(
        "() => !document.querySelector('.md-search-result__meta')"
        ".textContent.includes('Initializ')",
        timeout=30_000,
    )
    search = page.locator("input.md-search__input")
    first = page.locator(".md-search-result__item a").first
    timeout_error = pytest.importorskip("playwright.sync_api").TimeoutError
    for attempt in (1, 2):
        search.fill("")
        search.press_sequentially("blanchiment", delay=20)
        try:
            first.wait_for(timeout=15_000)
            break
        except timeout_error:
            if attempt == 2:
                meta = page.locator(".md-search-result__meta").inner_text()
                raise AssertionError(f"no results for 'blanchiment' ({meta!r})") from None
    target = urlparse(first.get_attribute("href")).path.rstrip("/")
    assert target.endswith("fr/washing"), first.get_attribute("href")
    first.click()
    page.wait_for_url("**/fr/washing/**")
    assert page.locator("h1").first.inner_text().rstrip("¶").strip() == "Blanchiment open source"
    assert page.evaluate("document.documentElement.lang") == "fr"
    page.close()
    assert not problems, problems
