"""Licences: the SPDX licence list (offline), SPDX expressions, and the licence policy.

- :mod:`openness.licensing.expression`: parse SPDX licence expressions.
- :mod:`openness.licensing.spdx`: look up SPDX licence and exception ids.
- :mod:`openness.licensing.policy`: judge an expression for a component kind.

Nothing here is loaded at import time: the data files are read on first use.
"""
