"""``python -m openness``: the same command as ``openness``."""

from openness.cli import main

if __name__ == "__main__":
    main()
