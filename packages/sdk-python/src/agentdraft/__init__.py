"""AgentDraft: the open scheduling source of truth for AI agents."""

__version__ = "0.1.0"
