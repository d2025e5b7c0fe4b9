"""The exit codes every command shares (a contract with CI scripts: never renumber)."""

EXIT_OK = 0  # valid, and at or above --min-level
EXIT_INVALID = 1  # invalid, or below --min-level
EXIT_USAGE = 2  # usage error, or input that cannot be read
EXIT_INTERNAL = 3  # a bug in openness
