"""openness: a versioned, machine-readable definition of Open Source AI."""

__version__ = "0.1.0"
