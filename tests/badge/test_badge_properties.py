"""Property-based safety: whatever the input, the SVG is well-formed and harmless."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from openness.badge import STYLES, BadgeError, render_svg

SVG = "{http://www.w3.org/2000/svg}"
NAMED = ["brightgreen", "green", "red", "blue", "grey", "lightgrey", "yellow", "orange"]
colors = st.one_of(
    st.sampled_from(NAMED),
    st.from_regex(r"#?[0-9a-fA-F]{6}", fullmatch=True),
    st.from_regex(r"#[0-9a-fA-F]{3}", fullmatch=True),
    st.text(max_size=20),
)
links = st.one_of(
    st.none(),
    st.builds(
        lambda scheme, host, path: f"{scheme}://{host}/{path}",
        st.sampled_from(["http", "https", "javascript", "data", "HTTPS"]),
        st.from_regex(r"[a-z0-9.-]{1,20}", fullmatch=True),
        st.text(max_size=30),
    ),
    st.text(max_size=30),
)
texts = st.text(max_size=40)


def render(label, message, color, label_color, style, link, suffix):
    try:
        return render_svg(
            label,
            message,
            color=color,
            label_color=label_color,
            style=style,
            link=link,
            id_suffix=suffix,
        )
    except BadgeError:
        return None


@settings(max_examples=400, deadline=None)
@given(
    label=texts,
    message=texts,
    color=colors,
    label_color=st.one_of(st.none(), colors),
    style=st.sampled_from(STYLES),
    link=links,
    suffix=st.one_of(st.none(), st.from_regex(r"[A-Za-z0-9_-]{0,12}", fullmatch=True)),
)
def test_any_input_gives_safe_accessible_svg(
    label, message, color, label_color, style, link, suffix
) -> None:
    svg = render(label, message, color, label_color, style, link, suffix)
    if svg is None:
        return
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == SVG + "svg"
    assert root.get("role") == "img"
    assert root.get("aria-label") is not None
    title = root.find(SVG + "title")
    assert title is not None and (title.text or "") == root.get("aria-label")
    assert "<script" not in svg.lower()
    hrefs = []
    ids = []
    for element in root.iter():
        assert not element.tag.lower().endswith(("script", "foreignobject", "image", "use"))
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            assert not local.startswith("on"), name
            if local == "href":
                hrefs.append(value)
            if local == "id":
                ids.append(value)
            if "url(" in value:
                assert re.fullmatch(r"url\(#[A-Za-z0-9_-]+\)", value), value
    if link is None:
        assert hrefs == []
    else:
        assert hrefs == [link]
        assert link.lower().startswith(("http://", "https://"))
    assert len(ids) == len(set(ids))
    if suffix is None:
        assert all(re.search(r"-[0-9a-f]{8}$", i) for i in ids)
    else:
        assert all(i.endswith(suffix) for i in ids)


@settings(max_examples=200, deadline=None)
@given(label=texts, message=texts, style=st.sampled_from(STYLES))
def test_deterministic_and_suffix_depends_on_inputs(label, message, style) -> None:
    first = render_svg(label, message, color="green", style=style)
    assert first == render_svg(label, message, color="green", style=style)


def test_ids_differ_between_different_badges() -> None:
    a = render_svg("a", "b", color="green")
    b = render_svg("a", "c", color="green")
    ids_a = set(re.findall(r'id="([^"]+)"', a))
    ids_b = set(re.findall(r'id="([^"]+)"', b))
    assert ids_a and ids_b and not ids_a & ids_b


def test_title_kept_with_link() -> None:
    svg = render_svg("Open Source AI 1.0", "open weights", color="yellow", link="https://x.org/")
    assert "<title>Open Source AI 1.0: open weights</title>" in svg
    assert 'role="img"' in svg


def test_bad_links_are_refused() -> None:
    for bad in ["javascript:alert(1)", "data:text/html,x", "//x.org", "https://", "ftp://x"]:
        try:
            render_svg("a", "b", color="green", link=bad)
        except BadgeError:
            continue
        raise AssertionError(bad)


def test_text_is_escaped() -> None:
    svg = render_svg('<a href="x">', "&'", color="green")
    assert "&lt;a href=&quot;x&quot;&gt;" in svg and "&amp;&apos;" in svg
