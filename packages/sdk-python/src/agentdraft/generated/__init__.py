# generated — do not edit. Source: spec/ (run `pnpm generate`).
"""Models and error catalog generated from spec/openapi.yaml."""
