"""Helpers shared by the test modules (processes, scripted HTTP servers, reference Merkle trees)."""
