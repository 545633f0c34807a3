"""What every exporter writes beside the answers: the explanation and the cited passages.

Other tools have one "general feedback" per question; quizapp's explanation and its proof (the
quote, with its section and the source's attribution) go there, so nothing that makes a quizapp
question worth having is lost on the way to Moodle or Anki.
"""

from __future__ import annotations

from quizapp.core.engine import cite_passages
from quizapp.core.models import Pack, Question

SOURCE_LABEL = "From the source"


def citation_lines(pack: Pack, question: Question) -> list[str]:
    """One line per citation: ``From the source — Section: “quote”``."""
    lines = []
    for cited in cite_passages(pack, question):
        where = f" — {cited.section_title}" if cited.section_title else ""
        quote = cited.quote.strip()
        quoted = quote if quote[:1] in "“\"" else f"“{quote}”"
        lines.append(f"{SOURCE_LABEL}{where}: {quoted}")
    return lines


def general_feedback(pack: Pack, question: Question) -> str:
    """The explanation, then each cited quote with its section, as plain text with paragraphs."""
    parts = [question.explanation.strip()] if question.explanation.strip() else []
    parts.extend(citation_lines(pack, question))
    return "\n\n".join(parts)


def attribution(pack: Pack) -> str:
    return pack.source.attribution if pack.source is not None else ""
