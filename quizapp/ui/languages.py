"""The interface language: the translations shipped in ``assets/translations/``, chosen in Settings.

A translation is ``assets/translations/quizapp_<language>.qm`` (made from the ``.ts`` sources by
``tools/update_translations.py``, see docs/translations.md); English has one too, holding only
the plural forms of counts ("1 session", "2 sessions"). The choice is stored as a language code,
or empty for the system's language, and loaded with a QTranslator when the app starts, before
its first window (a change applies at the next start: the dialog says so). Qt's own translations
(``qtbase_<language>.qm``, for its standard buttons and key names) are loaded beside it when Qt
has them, and the app's dates (the statistics chart) follow the language (``run_gui``). Packs
keep their own language whatever is chosen here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from quizapp.resources import asset

LANGUAGE_KEY = "interface/language"  # not "general/": Qt reads that group back as "General"
TRANSLATIONS_FOLDER = "translations"
PREFIX = "quizapp_"


@dataclass(frozen=True)
class Language:
    code: str  # "de", "uk"; "en" for the untranslated text
    name: str  # in its own language: "Deutsch"


def translations_dir() -> Path:
    return asset(TRANSLATIONS_FOLDER)


def available_languages(folder: Path | None = None) -> list[Language]:
    """English, then every language a compiled translation exists for, by name."""
    folder = folder or translations_dir()
    codes = sorted(path.stem[len(PREFIX):] for path in folder.glob(f"{PREFIX}*.qm")
                   if path.is_file()) if folder.is_dir() else []
    found = [Language(code, QLocale(code).nativeLanguageName() or code)
             for code in codes if code != "en"]
    return [Language("en", "English")] + sorted(found, key=lambda language: language.name)


def chosen_language(settings: QSettings) -> str:
    """The stored choice: a language code, or "" for the system's language."""
    return str(settings.value(LANGUAGE_KEY, "") or "")


def language_to_load(settings: QSettings, folder: Path | None = None) -> str:
    """The code of the translation to use now: the choice, else the system's first language
    that has one, else English."""
    codes = {language.code for language in available_languages(folder)}
    choice = chosen_language(settings)
    if choice:
        return choice if choice in codes else "en"
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in codes:
            return code
    return "en"


def install_translation(app: QApplication, settings: QSettings,
                        folder: Path | None = None) -> list[QTranslator]:
    """Load the chosen language's translations into ``app``; the translators are returned (and
    parented to the app) so they stay alive. English installs only its plural forms."""
    code = language_to_load(settings, folder)
    installed = []
    candidates = [((folder or translations_dir()), f"{PREFIX}{code}")]
    if code != "en":
        candidates.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                           f"qtbase_{code}"))
    for directory, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(directory)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed
