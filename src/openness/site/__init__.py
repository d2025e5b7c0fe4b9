"""The published site, generated from the definition data and the examples.

Nothing here imports MkDocs: ``tools/site_hooks.py`` is the thin MkDocs hook that
calls these functions, so every page can be built and tested without a site build.

- :mod:`openness.site.sources` finds and reads the data (definitions, schemas,
  examples, published badges) and runs the real validator on the examples.
- :mod:`openness.site.pages` has one module per family of generated pages, each page
  returning Markdown, and :func:`openness.site.pages.generated_pages` lists them all.
  Their prose is in Jinja2 templates under ``openness/site/templates/``.
- :mod:`openness.site.definition_data` turns the typed crosswalks and licence policy
  into the small records the pages print.
- :mod:`openness.site.changelog` computes what changed between two versions (the
  changelog page prints it).
- :mod:`openness.site.blocks` renders the generated parts of hand-written pages
  (``<!-- openness:NAME -->`` markers).
- :mod:`openness.site.clidoc` documents the click commands by walking them.

The pages' addresses are named once, in :mod:`openness.urls`.
"""
