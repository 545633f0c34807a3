"""The Qt-free heart of quizapp: pack models, validation, sources and citations, the quiz engine.

Only the standard library is used here, so the engine can be tested and scripted with no display,
and every front end (GUI, command line, tests) drives the same code.
"""

from quizapp.core.diagnostics import Diagnostic, PackError, Severity
from quizapp.core.engine import (
    AnswerResult,
    CitedPassage,
    QuestionView,
    QuizResults,
    QuizSession,
    QuizStateError,
    SectionScore,
)
from quizapp.core.models import (
    Choice,
    Citation,
    MatchPair,
    Pack,
    Passage,
    Question,
    QuestionType,
    Section,
    SourceDocument,
    SourceInfo,
)
from quizapp.core.scoring import Answer, Grade, normalize_text, parse_number
from quizapp.core.validation import ValidationResult, validate_pack_data

__all__ = [
    "Answer", "AnswerResult", "Choice", "Citation", "CitedPassage", "Diagnostic", "Grade",
    "MatchPair", "Pack", "PackError", "Passage", "Question", "QuestionType", "QuestionView",
    "QuizResults", "QuizSession", "QuizStateError", "Section", "SectionScore", "Severity",
    "SourceDocument", "SourceInfo", "ValidationResult", "normalize_text", "parse_number",
    "validate_pack_data",
]
