"""Renderers: each turns the one ``Report`` into one output format.

Every module has one entry, ``render(report, **options) -> str``; the command picks
it by format name. Renderers read only the report (it carries the level titles),
never the definition.
"""
