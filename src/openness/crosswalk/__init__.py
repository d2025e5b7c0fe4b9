"""Crosswalks: other frameworks' verdicts computed from the same declaration.

- :mod:`openness.crosswalk.mof`: the Model Openness Framework class, exactly as the
  Model Openness Tool computes it.
"""
