"""What the style sheet cannot say: focus rectangles, check-box / radio-button outlines and size.

Fusion draws the focus rectangle of check boxes, radio buttons, tabs and table cells only after a
key press and thin, and outlines check boxes in a shade derived from the window colour (about
1.5:1 in a light theme). This proxy draws both in the theme's own colours: the focus ring in
``focus`` at two pixels whenever the control has focus (buttons and drop-down lists have the
style sheet's ring instead), the indicator's edge in ``border``.
Everything else is Fusion's, under the app's style sheet.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QToolButton,
    QWidget,
)

from quizapp.ui.dialog_titles import watch_dialog
from quizapp.ui.keyboard_access import apply_keyboard_rules
from quizapp.ui.themes import Theme

FOCUS_LINE = 2
"""Pixels of the focus rectangle around a label or a table cell."""
RINGED = (QPushButton, QToolButton, QComboBox)
INDICATORS = (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
              QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
              QStyle.PixelMetric.PM_ExclusiveIndicatorHeight)
"""Controls whose focus the style sheet shows with a ring of their own border."""


class AccessibleStyle(QProxyStyle):
    def __init__(self, base: QStyle | None, theme: Callable[[], Theme]) -> None:
        super().__init__(base)
        self.theme = theme

    def polish(self, target: QWidget | QApplication | QPalette) -> None:  # type: ignore[override]
        """Every widget Qt polishes gets the keyboard rules (``keyboard_access``): cheaper than
        an application-wide event filter, which sees every event of every widget."""
        if isinstance(target, QWidget):
            apply_keyboard_rules(target)
            if isinstance(target, QDialog):
                watch_dialog(target)
        super().polish(target)

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        """Check boxes and radio buttons as large as the text beside them (at 200 % too)."""
        if metric in INDICATORS:
            font = widget.font() if widget is not None else QApplication.font()
            return max(super().pixelMetric(metric, option, widget),
                       round(QFontMetrics(font).height() * 0.8))
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if isinstance(widget, RINGED):
                return  # the style sheet rings the whole control already
            self._outline(painter, QRectF(option.rect), self.theme().colours["focus"],
                          FOCUS_LINE, round_corners=True)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._outline(painter, QRectF(option.rect), self.theme().colours["border"],
                          self.theme().border_width)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._outline(painter, QRectF(option.rect), self.theme().colours["border"],
                          self.theme().border_width, ellipse=True)

    @staticmethod
    def _outline(painter: QPainter, rect: QRectF, colour: str, width: int, *,
                 round_corners: bool = False, ellipse: bool = False) -> None:
        inset = width / 2
        inner = rect.adjusted(inset, inset, -inset, -inset)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(colour), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if ellipse:
            painter.drawEllipse(inner)
        elif round_corners:
            painter.drawRoundedRect(inner, 3, 3)
        else:
            painter.drawRect(inner)
        painter.restore()
