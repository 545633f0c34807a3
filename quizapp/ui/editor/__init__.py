"""The pack editor: write and fix packs in the app, cite the source by selecting its words."""

from quizapp.ui.editor.editor_window import PackEditor
from quizapp.ui.editor.integration import EditorService, install_editor

__all__ = ["EditorService", "PackEditor", "install_editor"]
