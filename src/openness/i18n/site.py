"""The site's own words in other languages: English sentence -> translation.

The site's page code and templates pass every human string through
``openness.site.language.tr`` with its English as the key; this table holds the
French. ``tests/site/test_site_language.py`` fails when a string given to ``tr``
has no French here, or when an entry here is no longer used. ``{fields}`` are
filled by ``tr`` and must survive translation unchanged. French conventions are
those of ``definition/translations/README.md`` (the vous form, « guillemets »).
"""

from __future__ import annotations

FR: dict[str, str] = {}

SITE: dict[str, dict[str, str]] = {"fr": FR}
