"""An Anki deck (.apkg) of a pack, written with genanki.

Each question becomes one note: the front asks the question (with its choices, items or pairs),
the back gives the answer, the explanation and the cited passage with the quote in bold and the
source's attribution, which its license requires wherever the text is shown. Anki fields are
HTML, so every piece of pack text is escaped: nothing in a pack is ever rendered as markup.
"""

from __future__ import annotations

import hashlib
import html
import io
import random

import genanki

from quizapp.core.engine import cite_passages
from quizapp.core.models import Pack, Question, QuestionType
from quizapp.core.scoring import correct_answer_text
from quizapp.interop.export_text import SOURCE_LABEL, attribution
from quizapp.interop.results import ExportResult

MODEL_ID = 1_735_204_117  # fixed, so re-imported decks update their notes instead of duplicating
FIELDS = ("Question", "Answer", "Explanation", "Source", "Attribution")
_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: #1b1b1b;
  background: #ffffff; max-width: 40em; margin: auto; }
.explanation { margin-top: 1em; }
.source { margin-top: 1em; padding: .5em 1em; border-left: 4px solid #3467a8; }
.attribution { margin-top: .5em; font-size: 14px; color: #4a4a4a; }
.nightMode .card, .night_mode .card { color: #f0f0f0; background: #1e1e1e; }
.nightMode .attribution { color: #c8c8c8; }
"""
_MODEL = genanki.Model(
    MODEL_ID, "quizapp question (with source)",
    fields=[{"name": name} for name in FIELDS],
    templates=[{
        "name": "Question → answer with proof",
        "qfmt": "{{Question}}",
        "afmt": "{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
                "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}"
                "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
                "{{#Attribution}}<div class=attribution>{{Attribution}}</div>{{/Attribution}}",
    }],
    css=_CSS,
)


def _html(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _listed(items: list[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{_html(item)}</li>" for item in items) + f"</{tag}>"


def front(question: Question) -> str:
    parts = [f"<div class=prompt>{_html(question.prompt)}</div>"]
    kind = question.type
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        texts = [c.text for c in question.choices]
        random.Random(question.id).shuffle(texts)  # the same order each export, never a cue
        parts.append(_listed(texts, ordered=True))
        if kind is QuestionType.MULTIPLE:
            parts.append("<div class=hint>(choose all that apply)</div>")
    elif kind is QuestionType.TRUE_FALSE:
        parts.append("<div class=hint>True or false?</div>")
    elif kind is QuestionType.ORDERING:
        parts.append(_listed(sorted(question.items, key=str.casefold)))
        parts.append("<div class=hint>(put them in order)</div>")
    elif kind is QuestionType.MATCHING:
        parts.append(_listed([p.left for p in question.pairs]))
        parts.append("<div class=hint>match with:</div>")
        parts.append(_listed(sorted((p.right for p in question.pairs), key=str.casefold)))
    return "".join(parts)


def back(question: Question) -> str:
    kind = question.type
    if kind is QuestionType.ORDERING:
        return _listed(list(question.items), ordered=True)
    if kind is QuestionType.MATCHING:
        return _listed([f"{p.left} → {p.right}" for p in question.pairs])
    answer = _html(correct_answer_text(question))
    if kind is QuestionType.SHORT_ANSWER and len(question.accept) > 1:
        answer += f"<div class=hint>also accepted: {_html(', '.join(question.accept[1:]))}</div>"
    return answer


def source_html(pack: Pack, question: Question) -> str:
    """Each cited passage, with the quoted words in bold and the section it stands in."""
    blocks = []
    for cited in cite_passages(pack, question):
        heading = f"{SOURCE_LABEL} — {cited.section_title}" if cited.section_title else SOURCE_LABEL
        if cited.passage_text and cited.span:
            start, end = cited.span
            text = cited.passage_text
            body = (_html(text[:start]) + "<b>" + _html(text[start:end]) + "</b>"
                    + _html(text[end:]))
        else:
            body = f"“{_html(cited.quote)}”"
        blocks.append(f"<div class=where>{_html(heading)}</div><div class=passage>{body}</div>")
    return "".join(blocks)


def deck_id(pack: Pack) -> int:
    """Stable per pack id, so exporting again updates the same deck."""
    return int.from_bytes(hashlib.sha256(pack.id.encode()).digest()[:4], "big") | (1 << 30)


def write_anki(pack: Pack) -> ExportResult:
    """The pack as an Anki package; every question type becomes a front/back note."""
    deck = genanki.Deck(deck_id(pack), pack.title)
    credit = _html(attribution(pack))
    for question in pack.questions:
        fields = [front(question), back(question), _html(question.explanation),
                  source_html(pack, question), credit if question.citations else ""]
        deck.add_note(genanki.Note(model=_MODEL, fields=fields, tags=[
            t.replace(" ", "_") for t in question.tags],
            guid=genanki.guid_for(pack.id, question.id)))
    buffer = io.BytesIO()
    genanki.Package(deck).write_to_file(buffer)
    return ExportResult(buffer.getvalue())
