"""The pack editor: questions on the left, the form in the middle, the source text on the right.

Every change is an undoable command on the question model; the form and the passage picker only
ask for changes. Live checks run a moment after each change. Saving, the recovery file and the
unsaved-changes guard live in ``EditorFiles``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from quizapp.core.findings import Findings, one_question_pack
from quizapp.core.models import QuestionType
from quizapp.core.validation import PACK_KEYS
from quizapp.packs.pack_document import PackDocument
from quizapp.packs.question_templates import (
    blank_question,
    convert_question,
    duplicate_question,
    unique_question_id,
)
from quizapp.packs.recovery import RecoveryStore
from quizapp.ui.editor.commands import EditQuestion, InsertQuestion, MoveQuestion, RemoveQuestion
from quizapp.ui.editor.editor_files import EditorFiles
from quizapp.ui.editor.editor_source import EditorSource
from quizapp.ui.editor.identity_prompt import PackIdentity
from quizapp.ui.editor.key_repairs import KeyRepairs, pack_places
from quizapp.ui.editor.live_checks import LiveChecker
from quizapp.ui.editor.preview import PreviewDialog
from quizapp.ui.editor.question_fields import add_cite, cite_list
from quizapp.ui.editor.question_form import QuestionForm
from quizapp.ui.editor.question_list_panel import QuestionListPanel
from quizapp.ui.editor.question_model import QuestionListModel, type_label
from quizapp.ui.editor.source_picker import SourcePicker
from quizapp.ui.keyboard_help import show_shortcuts_of

ROOMY_CHARACTERS = 128
SOURCE_CHARACTERS = 36
"""Side by side only when the source gets this many characters across beside the form; at
1024 px it was squeezed to a 90 px strip, so the two go into tabs instead."""
"""Below this many average characters of width, the form and the source become tabs."""

class PackEditor(QMainWindow):
    pack_saved = Signal(object)  # Path
    editor_closed = Signal(object)  # Path

    def __init__(self, document: PackDocument, recovery: RecoveryStore,
                 identity: PackIdentity | None = None, *, recovered: bool = False,
                 parent: QWidget | None = None, background_checks_from: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("packEditor")
        self.resize(1240, 760)
        self.undo_stack = QUndoStack(self)
        self.model = QuestionListModel(document, self)
        self.source = EditorSource(document)
        self.current_row: int | None = None
        self.shown_row: int | None = None  # the question the form shows
        self.preview: PreviewDialog | None = None
        self.list_panel = QuestionListPanel(self.model)
        panel = self.list_panel
        self.proxy, self.questions = panel.proxy, panel.questions
        self.section_filter, self.type_filter, self.status_filter = (
            panel.section_filter, panel.type_filter, panel.status_filter)
        self.add_button, self.add_menu = panel.add_button, panel.add_menu
        self.duplicate_button, self.delete_button = panel.duplicate_button, panel.delete_button
        self.count_label = panel.count_label
        self.form = QuestionForm()
        self.picker = SourcePicker()
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(self.form)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll = form_scroll
        self.work = QSplitter()  # form and source side by side…
        self.work.addWidget(form_scroll)
        self.work.addWidget(self.picker)
        self.work.setStretchFactor(0, 3)
        self.work.setStretchFactor(1, 2)
        self.work.setChildrenCollapsible(False)
        self.tabs = QTabWidget()  # …or, when the window is narrow for its text size, as tabs
        self.tabs.setDocumentMode(True)
        self.work_area = QStackedWidget()
        self.work_area.addWidget(self.work)
        self.work_area.addWidget(self.tabs)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.work_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([310, 970])
        self.splitter.setChildrenCollapsible(False)
        self.pack_problems = QLabel()
        self.pack_problems.setObjectName("fieldProblem")
        self.pack_problems.setWordWrap(True)
        self.pack_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.pack_problems.hide()
        self.pack_keys = KeyRepairs()
        self.pack_keys.repaired.connect(self._repair_pack_keys)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.pack_problems)
        layout.addWidget(self.pack_keys)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.check_summary = QLabel()
        self.check_summary.setObjectName("checkSummary")
        self.statusBar().addPermanentWidget(self.check_summary)

        kwargs = {} if background_checks_from is None else {"background_from":
                                                            background_checks_from}
        self.checker = LiveChecker(self.model.document.data, document.file,
                                   self.source.read_source, self, **kwargs)
        self.files = EditorFiles(self, recovery, identity, recovered)
        self._build_actions()
        self._connect()
        self.refresh_source()
        self.update_title()
        if len(self.model.document):
            self.select_row(0)
        self.checker.check_now()
        self.questions.setFocus()

    # -- building ------------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None, handler: Any,
                widget: QWidget | None = None) -> QAction:
        action = QAction(text, self)  # translated by the caller
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if widget is not None:  # keys that mean something else in tables and text boxes
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            widget.addAction(action)
        action.triggered.connect(lambda *_: handler())
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, self.files.save)
        self.duplicate_action = self._action(self.tr("&Duplicate question"), "Ctrl+D", self.duplicate)
        self.delete_action = self._action(self.tr("De&lete question"), QKeySequence.StandardKey.Delete,
                                          self.delete, self.questions)
        self.up_action = self._action(self.tr("Move question &up"), "Alt+Up",
                                      lambda: self.move_current(-1), self.questions)
        self.down_action = self._action(self.tr("Move question do&wn"), "Alt+Down",
                                        lambda: self.move_current(1), self.questions)
        self.cite_action = self._action(self.tr("&Cite selection"), "Ctrl+E", self.picker.cite_selection)
        self.preview_action = self._action(self.tr("&Preview as a learner"), "Ctrl+P", self.show_preview)
        self.add_actions = []
        for number, kind in enumerate(QuestionType):
            action = self._action(type_label(kind), "Ctrl+N" if number == 0 else None,
                                  lambda k=kind: self.add_question(k))
            self.add_actions.append(action)
            self.add_menu.addAction(action)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        menus: tuple[tuple[str, list[QAction | None]], ...] = (
            (self.tr("&File"), [self.save_action,
                                self._action(self.tr("Save &as…"), "Ctrl+Shift+S", self.files.save_as),
                                None,
                                self._action(self.tr("Pack &details…"), "Ctrl+I", self.files.edit_details),
                                self._action(self.tr("Attach a source &text…"), None,
                                             self.files.choose_source),
                                None, self._action(self.tr("&Close"), "Ctrl+W", self.close)]),
            (self.tr("&Edit"), [self.undo_action, self.redo_action, None, self.duplicate_action,
                                self.delete_action, self.up_action, self.down_action]),
            (self.tr("&Question"), [self.cite_action, self.preview_action, None,
                                    self._action(self.tr("Go to the question &list"), "Ctrl+1",
                                                 self.questions.setFocus),
                                    self._action(self.tr("Go to the &form"), "Ctrl+2",
                                                 lambda: self.show_part(self.form_scroll,
                                                                        self.form.prompt_edit)),
                                    self._action(self.tr("Go to the &source text"), "Ctrl+3",
                                                 lambda: self.show_part(self.picker,
                                                                        self.picker.text))]),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for entry in actions:
                if entry is None:
                    menu.addSeparator()
                else:
                    menu.addAction(entry)
            if actions[0] is self.undo_action:
                menu.addSeparator()
                menu.addMenu(self.tr("&Add question")).addActions(self.add_actions)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self._action(
            self.tr("&Keyboard shortcuts"), "F1", lambda: show_shortcuts_of(self)))

    def _connect(self) -> None:
        self.questions.selectionModel().currentChanged.connect(self._current_changed)
        self.list_panel.filters_changed.connect(self._filters_changed)
        self.form.edited.connect(self.edit_current)
        self.form.type_change_requested.connect(self.change_type)
        self.form.cites.table.activated.connect(self._show_cite)
        self.picker.cite_requested.connect(self.cite)
        self.model.row_touched.connect(self.select_row)
        self.model.move_requested.connect(lambda source, target: self.undo_stack.push(
            MoveQuestion(self.model, source, target)))
        self.model.header_edited.connect(self.refresh_source)
        for signal in (self.model.question_edited, self.model.questions_rearranged,
                       self.model.header_edited):
            signal.connect(lambda *_: self.checker.schedule())
        self.model.questions_rearranged.connect(self.list_panel.update_count)
        self.checker.findings_ready.connect(self.show_findings)
        self.checker.check_failed.connect(lambda text: self.statusBar().showMessage(text))
        self.undo_stack.cleanChanged.connect(self._stack_changed)

    # -- state ---------------------------------------------------------------------------------
    @property
    def document(self) -> PackDocument:
        return self.model.document

    def _stack_changed(self) -> None:
        if isValid(self):  # the stack also reports while it is destroyed with the window
            self.update_title()

    def update_title(self) -> None:
        header = self.document.header()
        title = str(header.get("title") or Path(self.document.file).parent.name)
        self.setWindowTitle(self.tr("%1[*] — Edit pack — quizapp").replace("%1", title))
        self.setWindowModified(self.files.is_modified())

    def refresh_source(self) -> None:
        header = self.document.header()
        self.pack_keys.show_keys(header, pack_places(header, PACK_KEYS))
        self.source.reload(self.document.header())
        self.picker.set_source(self.source.pack_for_attribution(), self.source.document)
        self.form.set_sections(self.source.sections(self.document.header()))
        self.list_panel.set_sections(self.source.sections(self.document.header()))
        if self.current_row is not None:
            self._load_form(self.current_row)
        self.update_title()

    def apply_filters(self) -> None:
        self.list_panel.apply_filters()

    def _filters_changed(self) -> None:
        if self.current_row is not None:
            self.select_row(self.current_row)

    def select_row(self, row: int) -> None:
        """Show question ``row`` in the form, and select it in the list when the filter shows it."""
        if not 0 <= row < self.model.rowCount():
            self.current_row = None
            self.form.setEnabled(False)
            self.list_panel.update_count()
            return
        self.current_row = row
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            if self.questions.currentIndex() != index:
                self.questions.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.questions.scrollTo(index)
        self._load_form(row)
        self.list_panel.update_count()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        if source.isValid():
            self.current_row = source.row()
            self._load_form(source.row())

    def _load_form(self, row: int) -> None:
        data = self.model.question(row)
        fresh = row != self.shown_row
        self.shown_row = row
        self.form.load(data, self.source.document, fresh)
        if fresh:  # another question: show it from the top, Id and Type first
            self.form_scroll.verticalScrollBar().setValue(0)
        findings = self.checker.latest
        self.form.show_findings(findings.for_question(row) if findings else ())
        cites = [(str(c.get("passage", "")), str(c.get("quote", "")))
                 for c in cite_list(data.get("cite"))]
        self.picker.highlight(cites)
        if cites:
            self.picker.scroll_to(cites[0][0])

    def show_findings(self, findings: Findings) -> None:
        self.model.set_findings(findings)
        if self.current_row is not None:
            self.form.show_findings(findings.for_question(self.current_row))
        pack_level = [f"{'✘' if f.is_error else '⚠'} {f.message}" for f in findings.pack_level]
        self.pack_problems.setText(self.tr("The pack: ") + "\n".join(pack_level))
        self.pack_problems.setVisible(bool(pack_level))
        errors = sum(1 for f in findings.all if f.is_error)
        warnings = len(findings.all) - errors
        self.check_summary.setText(
            self.tr("Checks — ✘ errors: %1, ⚠ warnings: %2").replace("%1", str(errors))
            .replace("%2", str(warnings)) if findings.all else
            self.tr("Checks — no problems: the pack is ready to play"))
        if self.proxy.status:
            self.apply_filters()

    # -- edits ---------------------------------------------------------------------------------
    def _repair_pack_keys(self, header: dict[str, Any], what: str) -> None:
        old = self.document.header()
        changes = {key: None for key in old if key not in header}
        changes.update({key: value for key, value in header.items() if old.get(key) != value})
        self.files.apply_details(changes, what)

    def edit_current(self, field: str, data: dict[str, Any]) -> None:
        if self.current_row is not None:
            self.undo_stack.push(EditQuestion(self.model, self.current_row, data, field))

    def change_type(self, value: str) -> None:
        if self.current_row is None:
            return
        data = convert_question(self.model.question(self.current_row), QuestionType(value))
        self.undo_stack.push(EditQuestion(self.model, self.current_row, data, "type"))

    def add_question(self, kind: QuestionType) -> None:
        row = (self.current_row + 1) if self.current_row is not None else self.model.rowCount()
        section = self.model.question(self.current_row).get("section") \
            if self.current_row is not None else None
        ident = unique_question_id(f"{section or 'question'}-new", self.model.question_ids())
        data = blank_question(kind, ident, str(section) if section else None)
        self.undo_stack.push(InsertQuestion(self.model, row, data, self.tr("Add %1 question")
                                            .replace("%1", type_label(kind.value))))
        self.form.focus_prompt()

    def duplicate(self) -> None:
        if self.current_row is None:
            return
        data = duplicate_question(self.model.question(self.current_row),
                                  self.model.question_ids())
        self.undo_stack.push(InsertQuestion(self.model, self.current_row + 1, data,
                                            self.tr("Duplicate question")))

    def delete(self) -> None:
        if self.current_row is not None:
            self.undo_stack.push(RemoveQuestion(self.model, self.current_row))

    def move_current(self, step: int) -> None:
        row = self.current_row
        if row is not None and 0 <= row + step < self.model.rowCount():
            self.undo_stack.push(MoveQuestion(self.model, row, row + step))

    def cite(self, passage_id: str, quote: str) -> None:
        if self.current_row is None:
            self.statusBar().showMessage(self.tr("Select or add a question to cite for."), 6000)
            return
        data = self.model.question(self.current_row)
        if any(c.get("passage") == passage_id and c.get("quote") == quote
               for c in cite_list(data.get("cite"))):
            self.statusBar().showMessage(self.tr("This question already cites those words."),
                                         6000)
            return
        data["cite"] = add_cite(data.get("cite"), passage_id, quote)
        self.undo_stack.push(EditQuestion(self.model, self.current_row, data, "cite"))
        self.statusBar().showMessage(self.tr("Cited passage %1: “%2”").replace("%1", passage_id)
                                     .replace("%2", quote), 6000)

    def _show_cite(self, index: QModelIndex) -> None:
        rows = self.form.cites.rows()
        if 0 <= index.row() < len(rows):
            self.show_in_source(str(rows[index.row()][0]), str(rows[index.row()][1]))

    def show_in_source(self, passage_id: str, quote: str) -> None:
        """Select cited words in the source text (Enter on a citation, Read in context)."""
        if self.picker.select_words(passage_id, quote):
            self.show_part(self.picker, self.picker.text)

    def show_preview(self) -> None:
        if self.current_row is None:
            return
        result = one_question_pack(self.document.data(), self.current_row,
                                   file=self.document.file, read_source=self.source.read_source)
        if result.pack is None:
            problems = "\n".join(f"✘ {d.message}" for d in result.errors)
            self.statusBar().showMessage(self.tr("Fix this question's errors to preview it."),
                                         8000)
            self.form.general.setText(problems)
            self.form.general.show()
            return
        if self.preview is not None:
            self.preview.close()
            self.preview.deleteLater()
        self.preview = PreviewDialog(result.pack, self)
        self.preview.quiz.context_requested.connect(
            lambda cited: self.show_in_source(cited.passage_id, cited.quote))
        self.preview.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Form and source side by side when there is room, else as two tabs."""
        super().resizeEvent(event)
        characters = self.fontMetrics().averageCharWidth()
        roomy = (self.width() >= characters * ROOMY_CHARACTERS
                 and self.source_room() >= characters * SOURCE_CHARACTERS)
        self.set_compact(not roomy)
        if roomy:
            QTimer.singleShot(0, self, self.fit_form)

    def _form_needs(self) -> int:
        scroll = self.form_scroll.verticalScrollBar().sizeHint().width()
        return self.form.minimumSizeHint().width() + scroll + 2 * self.form_scroll.frameWidth()

    def source_room(self) -> int:
        """The width the source would get beside the form (the form takes what it needs)."""
        sizes = self.splitter.sizes()
        listing = sizes[0] if sizes and sizes[0] > 0 else self.list_panel.sizeHint().width()
        return (self.width() - listing - 2 * self.splitter.handleWidth() - self._form_needs()
                - self.work.handleWidth() - 12)

    def fit_form(self) -> None:
        """Side by side, the form gets at least the width it needs and the source the rest, so
        the form never scrolls sideways (at 1024 px it did: the source took more than half);
        the source keeps SOURCE_CHARACTERS across when the form can spare them."""
        sizes = self.work.sizes()
        if len(sizes) != 2 or sizes[0] <= 0:
            return
        total = sum(sizes)
        least_source = self.fontMetrics().averageCharWidth() * SOURCE_CHARACTERS
        form = max(self._form_needs(), min(sizes[0], total - least_source))
        if form != sizes[0]:
            self.work.setSizes([form, max(0, total - form)])

    def set_compact(self, compact: bool) -> None:
        if compact == (self.work_area.currentWidget() is self.tabs):
            return
        if compact:
            self.tabs.addTab(self.form_scroll, self.tr("Form (Ctrl+2)"))
            self.tabs.addTab(self.picker, self.tr("Source text (Ctrl+3)"))
            self.work_area.setCurrentWidget(self.tabs)
        else:
            self.work.addWidget(self.form_scroll)
            self.work.addWidget(self.picker)
            for part in (self.form_scroll, self.picker):
                part.show()  # a tab that was not showing comes back hidden
            self.work_area.setCurrentWidget(self.work)

    def show_part(self, part: QWidget, focus: QWidget) -> None:
        """Ctrl+2 / Ctrl+3: bring the form or the source into view (its tab, when compact)."""
        if self.tabs.indexOf(part) >= 0:
            self.tabs.setCurrentWidget(part)
        focus.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_close():
            event.ignore()
            return
        self.checker.timer.stop()
        self.checker.wait()
        self.files.closing()
        self.editor_closed.emit(Path(self.document.file))
        super().closeEvent(event)
