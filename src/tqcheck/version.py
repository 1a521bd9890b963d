"""The package's version, on the low floor: reports that name their tool (SARIF) read it
without importing the package root."""

__version__ = "0.1.0"
