# Kept equal to pyproject.toml and package.json by tools/src/sync-python-version.ts.
__version__ = "0.1.0"
