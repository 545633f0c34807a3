"""*View → Settings…*: theme, text size, language, quiz defaults, the data folder and backups.

Every change is saved (QSettings, ``settings.ini`` in the data folder) and takes effect at once,
except the language, which applies from the next start; so there is no Cancel, only Close.
The dialog scrolls when it is taller than the screen (a small screen at 200 % text).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.appearance import LARGEST_TEXT, SMALLEST_TEXT, Appearance, ThemeChoice
from quizapp.ui.classroom.sizing import resize_within_screen
from quizapp.ui.fitting import ReflowRow
from quizapp.ui.languages import LANGUAGE_KEY, Language, available_languages, chosen_language
from quizapp.ui.quiz_preferences import FeedbackTiming, QuizPreferences

UrlOpener = Callable[[QUrl], bool]


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("settingsNote")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SettingsDialog(QDialog):
    def __init__(self, appearance: Appearance, settings: QSettings, data_folder: Path,
                 restore_action: QAction | None = None, parent: QWidget | None = None,
                 open_url: UrlOpener = QDesktopServices.openUrl,
                 languages: list[Language] | None = None) -> None:
        super().__init__(parent)
        self.languages = available_languages() if languages is None else languages
        self.appearance = appearance
        self.settings = settings
        self.data_folder = data_folder
        self.restore_action = restore_action
        self.open_url = open_url
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        body = QWidget()
        body.setObjectName("settingsBody")
        self.form = QVBoxLayout(body)
        self.form.setSpacing(10)
        self._appearance_section()
        self._language_section()
        self._quiz_section()
        self._data_section()
        self._backup_section()
        self.form.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(body)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close settings"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroller, 1)
        layout.addWidget(buttons)
        appearance.appearance_changed.connect(self._show_appearance)
        self._show_appearance()
        self.theme_box.setFocus()
        resize_within_screen(self, self.fontMetrics().averageCharWidth() * 72,
                             self.fontMetrics().height() * 34)

    def _heading(self, text: str) -> None:
        heading = QLabel(text)
        heading.setObjectName("settingsSection")
        heading.setAccessibleName(text)
        self.form.addWidget(heading)

    def _rows(self) -> QFormLayout:
        rows = QFormLayout()
        rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addLayout(rows)
        return rows

    # -- sections ------------------------------------------------------------------------------
    def _appearance_section(self) -> None:
        self._heading(self.tr("Appearance"))
        rows = self._rows()
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for choice in ThemeChoice:
            self.theme_box.addItem(choice.label, choice.value)
        self.theme_box.currentIndexChanged.connect(self._theme_chosen)
        rows.addRow(self.tr("&Theme:"), self.theme_box)
        self.text_size = QSpinBox()
        self.text_size.setObjectName("textSizeBox")
        self.text_size.setAccessibleName(self.tr("Text size in percent"))
        self.text_size.setRange(SMALLEST_TEXT, LARGEST_TEXT)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setKeyboardTracking(False)  # typed "150" applies once, not as 1, 15, 150
        self.text_size.valueChanged.connect(self.appearance.set_text_size)
        rows.addRow(self.tr("Text si&ze:"), self.text_size)
        rows.addRow(_note(self.tr("Ctrl++, Ctrl+- and Ctrl+0 change the text size anywhere. "
                                  "High contrast shows white on black with yellow focus.")))

    def _language_section(self) -> None:
        self._heading(self.tr("Language"))
        rows = self._rows()
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("The system's language"), "")
        for language in self.languages:
            self.language_box.addItem(language.name, language.code)
        index = self.language_box.findData(chosen_language(self.settings))
        self.language_box.setCurrentIndex(max(0, index))
        self.language_box.currentIndexChanged.connect(
            lambda _: self.settings.setValue(LANGUAGE_KEY, self.language_box.currentData()))
        rows.addRow(self.tr("&Language:"), self.language_box)
        rows.addRow(_note(self.tr("quizapp shows it from its next start. Packs keep the "
                                  "language they are written in.")))

    def _quiz_section(self) -> None:
        self._heading(self.tr("Quizzes"))
        rows = self._rows()
        preferences = QuizPreferences.load(self.settings)
        self.shuffle_box = QCheckBox(self.tr("&Shuffle the choices (packs that do not say)"))
        self.shuffle_box.setObjectName("shuffleBox")
        self.shuffle_box.setAccessibleName(self.tr("Shuffle the choices of packs that do not say"))
        self.shuffle_box.setChecked(preferences.shuffle_choices)
        self.shuffle_box.toggled.connect(self._save_quiz_preferences)
        rows.addRow(self.shuffle_box)
        self.question_order_box = QCheckBox(self.tr("Shuffle the &question order in practice"))
        self.question_order_box.setObjectName("questionOrderBox")
        self.question_order_box.setAccessibleName(
            self.tr("Shuffle the question order in practice"))
        self.question_order_box.setToolTip(self.tr(
            "In the source's order, “Read in context” would show the answers of the questions "
            "still to come."))
        self.question_order_box.setChecked(preferences.shuffle_practice_questions)
        self.question_order_box.toggled.connect(self._save_quiz_preferences)
        rows.addRow(self.question_order_box)
        self.feedback_box = QComboBox()
        self.feedback_box.setObjectName("feedbackBox")
        self.feedback_box.setAccessibleName(self.tr("When feedback is shown"))
        for timing in FeedbackTiming:
            self.feedback_box.addItem(timing.label, timing.value)
        self.feedback_box.setCurrentIndex(self.feedback_box.findData(preferences.feedback.value))
        self.feedback_box.currentIndexChanged.connect(self._save_quiz_preferences)
        rows.addRow(self.tr("Show &feedback:"), self.feedback_box)
        rows.addRow(_note(self.tr("These apply to the next quiz you start. A pack's own "
                                  "“shuffle” setting always wins.")))

    def _data_section(self) -> None:
        self._heading(self.tr("Your data"))
        self.folder_label = QLabel(str(self.data_folder))
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.open_folder_button = QPushButton(self.tr("&Open the data folder"))
        self.open_folder_button.setObjectName("openDataFolder")
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder in the file manager"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        self.form.addWidget(_note(self.tr("Every learner's answers and these settings are kept "
                                          "in this folder, on this computer only:")))
        self.form.addWidget(self.folder_label)
        row = ReflowRow()
        row.addWidget(self.open_folder_button)
        row.addStretch()
        self.form.addLayout(row)

    def _backup_section(self) -> None:
        """HOOK (hardening): ``quizapp/ui/backup_actions.py`` gives the main window a *Restore
        from backup…* action named ``restoreFromBackup``; when the window has it, this section
        offers it here too. Without that action (a build without backups) the section is left
        out rather than offering something that does nothing."""
        self.restore_button: QPushButton | None = None
        if self.restore_action is None:
            return
        self._heading(self.tr("Backups"))
        self.form.addWidget(_note(self.tr(
            "quizapp keeps backups of your history in the “backups” folder inside the data "
            "folder. Restoring one replaces every learner's history; yours as it is now is kept "
            "as a backup first.")))
        self.restore_button = QPushButton(self.tr("&Restore from backup…"))
        self.restore_button.setObjectName("restoreBackupButton")
        self.restore_button.setAccessibleName(self.tr("Restore from backup"))
        self.restore_button.setEnabled(self.restore_action.isEnabled())
        self.restore_button.clicked.connect(self._restore)
        row = ReflowRow()
        row.addWidget(self.restore_button)
        row.addStretch()
        self.form.addLayout(row)

    # -- what the controls do ------------------------------------------------------------------
    def _theme_chosen(self, _index: int) -> None:
        self.appearance.set_theme_choice(ThemeChoice(str(self.theme_box.currentData())))

    def _show_appearance(self) -> None:
        """Ctrl++ pressed while the dialog is open, or the theme changed elsewhere."""
        for widget in (self.theme_box, self.text_size):
            widget.blockSignals(True)
        self.theme_box.setCurrentIndex(self.theme_box.findData(self.appearance.theme_choice.value))
        self.text_size.setValue(self.appearance.text_size)
        for widget in (self.theme_box, self.text_size):
            widget.blockSignals(False)

    def _save_quiz_preferences(self) -> None:
        QuizPreferences(self.shuffle_box.isChecked(),
                        FeedbackTiming(str(self.feedback_box.currentData())),
                        self.question_order_box.isChecked()).save(self.settings)

    def open_data_folder(self) -> bool:
        return self.open_url(QUrl.fromLocalFile(str(self.data_folder)))

    def _restore(self) -> None:
        if self.restore_action is not None:
            self.accept()  # the restore dialog opens over the window, not over Settings
            self.restore_action.trigger()
