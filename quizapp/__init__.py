"""quizapp: an offline quiz app that proves every answer with a passage of its source text."""

__version__ = "0.1.0"

__all__ = ["__version__"]
