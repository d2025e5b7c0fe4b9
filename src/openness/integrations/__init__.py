"""Where users already work: the GitHub Action's script and the pre-commit badge hook.

``github_action`` is what ``action.yml`` runs; ``precommit_badge`` is the entry of
the ``openness-badge`` hook in ``.pre-commit-hooks.yaml``. Both read the same
``Report`` as every renderer, make badges with the same ``badge.make`` as
``openness badge``, and leave by the same exit-code contract (``cli.run_contract``).
"""
