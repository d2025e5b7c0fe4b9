"""Allow ``python -m openness``."""

from openness.cli import main

if __name__ == "__main__":
    main()
