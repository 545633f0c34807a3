"""Turning untrusted pack data into a ``Pack``, reporting every problem with what to do about it.

The validator sees plain Python data (dicts, lists, scalars) plus a ``Positions`` object that says
where each value stood in the file; it never sees YAML, so other formats can reuse it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass

from quizapp.core.cancellation import CancelCheck, check
from quizapp.core.data_checks import DataChecker, DataPath, NoPositions, Positions, describe
from quizapp.core.diagnostics import Diagnostic, Severity
from quizapp.core.exam_checks import check_exams
from quizapp.core.limits import MAX_QUESTIONS
from quizapp.core.models import ExamPreset, Pack, Question, Section, SourceDocument, SourceInfo
from quizapp.core.question_checks import ID_PATTERN, PackContext, QuestionChecker
from quizapp.core.source import fold_whitespace, parse_source

__all__ = [
    "FORMAT", "DataPath", "NoPositions", "Positions", "SourceReader", "ValidationResult",
    "validate_pack_data",
]

FORMAT = "quizapp/1"
PACK_KEYS = (
    "format", "id", "title", "language", "version", "authors", "description", "shuffle", "source",
    "sections", "questions", "exams",
)
SOURCE_KEYS = ("text", "title", "publisher", "license", "url", "article_url")
SECTION_KEYS = ("id", "title")
ATTRIBUTION = {
    "publisher": "the source names no publisher: write who wrote or published the text; it is "
                 "shown with every quote",
    "license": "the source names no license: write its terms of use, e.g. CC BY 4.0, or "
               "\"used with permission\"",
}
"""What a source must say about where its text comes from, and what to write when it does not."""

SourceReader = Callable[[str], str]
"""Reads a source text named in the pack; raises ``OSError`` or ``ValueError`` with a reason."""


@dataclass(frozen=True)
class ValidationResult:
    pack: Pack | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.WARNING)

    @property
    def lint(self) -> tuple[Diagnostic, ...]:
        """Item-writing flaws, present when the pack was checked with lint (``validate
        --strict``, ``quizapp lint``)."""
        return tuple(d for d in self.diagnostics if d.severity is Severity.LINT)


class _PackValidator(DataChecker):
    def __init__(self, file: str, positions: Positions, read_source: SourceReader | None,
                 cancelled: CancelCheck | None = None) -> None:
        super().__init__(file, positions)
        self.read_source = read_source
        self.cancelled = cancelled

    # -- the pack ------------------------------------------------------------------------------
    def validate(self, data: object) -> Pack | None:
        root = self.mapping(data, (), "A pack")
        if root is None:
            return None
        self.check_keys(root, (), PACK_KEYS, "the pack")
        fmt = root.get("format")
        if fmt is None:
            self.report((), f"the pack is missing 'format'; add 'format: {FORMAT}' as its first line")
        elif fmt != FORMAT:
            self.report(("format",), f"unknown format {fmt!r}; this version of quizapp reads "
                        f"'{FORMAT}'")
        pack_id = self.text(root, "id", (), required=True, what="the pack")
        if pack_id is not None and not ID_PATTERN.match(pack_id):
            self.report(("id",), f"pack id {pack_id!r} may only use lowercase letters, digits and "
                        "single dashes, e.g. 'nato-flashpoint'")
        title = self.text(root, "title", (), required=True, what="the pack")
        language = self.text(root, "language", (), required=False, what="the pack") or "en"
        version = self.text(root, "version", (), required=False, what="the pack")
        description = self.text(root, "description", (), required=False, what="the pack")
        authors: tuple[str, ...] = ()
        if root.get("authors") is not None:
            authors = self.text_list(root["authors"], ("authors",), "authors") or ()
        shuffle = self.switch(root, "shuffle", ())

        source, document = self.source(root)
        sections = self.sections(root, document)
        questions = self.questions(root, source, document, sections)
        exams = self.exams(root, document, sections, questions)
        if pack_id is None or title is None or questions is None:
            return None
        return Pack(
            id=pack_id, title=title, questions=questions, path=self.file, language=language,
            version=version, authors=authors, description=description, source=source,
            document=document, sections=sections, shuffle=shuffle, exams=exams,
        )

    def exams(self, root: dict[str, object], document: SourceDocument | None,
              sections: tuple[Section, ...],
              questions: tuple[Question, ...] | None) -> tuple[ExamPreset, ...]:
        known = {section.id for section in sections}
        if document is not None:
            known |= {section.id for section in document.sections}
        known |= {q.section_id for q in questions or () if q.section_id is not None}
        return check_exams(self, root.get("exams"), known, questions)

    def source(self, root: dict[str, object]) -> tuple[SourceInfo | None, SourceDocument | None]:
        if root.get("source") is None:
            return None, None
        path: DataPath = ("source",)
        info = self.mapping(root["source"], path, "'source'")
        if info is None:
            return None, None
        self.check_keys(info, path, SOURCE_KEYS, "'source'")
        text_path = self.text(info, "text", path, required=True, what="'source'")
        title = self.text(info, "title", path, required=True, what="'source'")
        publisher = self.text(info, "publisher", path, required=False, what="'source'")
        license_name = self.text(info, "license", path, required=False, what="'source'")
        url = self.text(info, "url", path, required=False, what="'source'")
        article_url = self.text(info, "article_url", path, required=False, what="'source'")
        for key, missing in ATTRIBUTION.items():
            if not (info.get(key) or "") or not str(info.get(key)).strip():
                self.warn(path + ((key,) if key in info else ()), missing)
        if text_path is None or title is None:
            return None, None
        source = SourceInfo(text_path, title, publisher, license_name, url, article_url)
        if self.read_source is None:
            return source, None
        try:
            markdown = self.read_source(text_path)
        except FileNotFoundError:
            self.report(path + ("text",), f"the source text {text_path!r} is not there: put it "
                        "in the pack's folder or correct `text:` to name the file that is")
            return source, None
        except OSError as error:
            reason = error.strerror or str(error)
            self.report(path + ("text",), f"cannot read the source text {text_path!r}: "
                        f"{reason[:1].lower()}{reason[1:]}")
            return source, None
        except ValueError as error:
            self.report(path + ("text",), f"cannot read the source text {text_path!r}: {error}")
            return source, None
        document, problems = parse_source(markdown, self.cancelled)
        source_file = posixpath.join(posixpath.dirname(self.file), text_path)
        for problem in problems:
            self.diagnostics.append(Diagnostic(
                source_file, problem.line, 1,
                Severity.ERROR if problem.is_error else Severity.WARNING, problem.message,
            ))
        if not document.passages:
            self.report(path + ("text",), f"the source text {text_path!r} has no passages; end "
                        "each paragraph with {#some-id}")
        return source, document

    def sections(self, root: dict[str, object],
                 document: SourceDocument | None) -> tuple[Section, ...]:
        raw = root.get("sections")
        if raw is None:
            return document.sections if document else ()
        if not isinstance(raw, list):
            self.report(("sections",), f"'sections' must be a list, found {describe(raw)}")
            return ()
        result: list[Section] = []
        seen: set[str] = set()
        headings = {section.id for section in document.sections} if document else set()
        for index, entry in enumerate(raw):
            path: DataPath = ("sections", index)
            mapping = self.mapping(entry, path, "each section")
            if mapping is None:
                continue
            self.check_keys(mapping, path, SECTION_KEYS, "a section")
            ident = self.text(mapping, "id", path, required=True, what="this section")
            title = self.text(mapping, "title", path, required=True, what="this section")
            if ident is None or title is None:
                continue
            if ident in seen:
                self.report(path + ("id",), f"duplicate section id '{ident}'; section ids must be "
                            "unique")
                continue
            seen.add(ident)
            if document is not None and ident not in headings:
                self.warn(path + ("id",), f"section '{ident}' is not a heading id of the source "
                          "text; 'Read in context' cannot jump to it")
            result.append(Section(ident, title))
        return tuple(result)

    def questions(self, root: dict[str, object], source: SourceInfo | None,
                  document: SourceDocument | None,
                  sections: tuple[Section, ...]) -> tuple[Question, ...] | None:
        raw = root.get("questions")
        if raw is None:
            self.report((), "the pack has no 'questions'; add a 'questions:' list")
            return None
        if not isinstance(raw, list) or not raw:
            self.report(("questions",), "'questions' must be a non-empty list of questions")
            return None
        if len(raw) > MAX_QUESTIONS:
            self.report(("questions",), f"the pack has {len(raw):,} questions; a pack may have "
                        f"at most {MAX_QUESTIONS:,}, so split it into several packs")
            return None
        section_ids = {section.id for section in sections}
        if document is not None:
            section_ids |= {section.id for section in document.sections}
        context = PackContext(source, document, section_ids)
        seen: dict[str, int] = {}
        prompts: dict[str, int] = {}
        result = []
        for index, entry in enumerate(raw):
            check(self.cancelled)
            question = QuestionChecker(self, index, context).run(entry)
            if question is None:
                continue
            if question.id in seen:
                self.report(("questions", index, "id"), f"duplicate question id '{question.id}' "
                            f"(also question {seen[question.id] + 1}); give each question its own id")
                continue
            seen[question.id] = index
            folded = fold_whitespace(question.prompt).casefold()
            if folded in prompts:
                self.warn(("questions", index, "prompt"), "this prompt is the same as question "
                          f"{prompts[folded] + 1}'s; reword one of them")
            prompts.setdefault(folded, index)
            result.append(question)
        if self.error_count:
            return None
        return tuple(result)


def validate_pack_data(
    data: object,
    *,
    file: str = "<pack>",
    positions: Positions | None = None,
    read_source: SourceReader | None = None,
    cancelled: CancelCheck | None = None,
) -> ValidationResult:
    """Check pack data and build the ``Pack``; ``pack`` is None when there is any error.

    ``cancelled`` is asked once per question; when it says stop, ``Cancelled`` is raised.
    """
    validator = _PackValidator(file, positions or NoPositions(), read_source, cancelled)
    pack = validator.validate(data)
    diagnostics = tuple(sorted(validator.diagnostics, key=lambda d: (d.path, d.line, d.column)))
    if any(d.is_error for d in diagnostics):
        pack = None
    return ValidationResult(pack, diagnostics)
