"""A one-page progress report as PDF, drawn with Qt's own text layout and PDF writer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from quizapp.core.progress import pack_mastery, weakest_questions
from quizapp.storage.statistics import Totals
from quizapp.ui.statistics_screen import PackProgress
from quizapp.ui.text_rendering import escape
from quizapp.ui.translation import QT_TRANSLATE_NOOP, translate

REPORT_HEADERS = (QT_TRANSLATE_NOOP("ProgressReport", "Section"),
                  QT_TRANSLATE_NOOP("ProgressReport", "Seen"),
                  QT_TRANSLATE_NOOP("ProgressReport", "Mastery"))


def report_html(profile_name: str, totals: Totals, streak: int,
                progress: list[PackProgress], today: date | None = None,
                chart_names: list[str] | None = None) -> str:
    today = today or date.today()
    answered, sessions = totals.answered, totals.sessions
    accuracy = f"{100 * totals.correct / totals.answered:.0f} %" if totals.answered else "—"
    summary = " · ".join((today.isoformat(),
                          translate("ProgressReport", "%n answer(s)", None, answered) + " "
                          + translate("ProgressReport", "in %n session(s)", None, sessions),
                          translate("ProgressReport", "%1 right").replace("%1", accuracy),
                          translate("ProgressReport", "study streak %n day(s)", None, streak)))
    parts = [
        "<h1>" + escape(translate("ProgressReport", "Progress report — %1").replace(
            "%1", profile_name)) + "</h1>",
        f"<p>{escape(summary)}</p>",
    ]
    headers = "".join(f"<th{align}>{escape(translate('ProgressReport', text))}</th>"
                      for align, text in ((" align='left'", REPORT_HEADERS[0]),
                                          ("", REPORT_HEADERS[1]), ("", REPORT_HEADERS[2])))
    for item in progress:
        pack = item.pack
        total = len(pack.questions)
        parts.append(f"<h2>{escape(pack.title)}</h2>")
        mastery = translate("ProgressReport", "Mastery %1 %").replace(
            "%1", f"{100 * pack_mastery(pack, item.records):.0f}")
        seen = translate("ProgressReport", "%1 of %n question(s) seen", None, total).replace(
            "%1", str(len(item.records)))
        parts.append(f"<p>{escape(mastery)} · {escape(seen)}</p>")
        rows = "".join(
            f"<tr><td>{escape(s.title)}</td><td align='right'>{s.seen}/{s.questions}</td>"
            f"<td align='right'>{100 * s.mastery:.0f} %</td></tr>"
            for s in item.sections
        )
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                     f"<tr>{headers}</tr>{rows}</table>")
        weak = weakest_questions(pack, item.records, limit=5)
        if weak:
            right = translate("ProgressReport", "(%1 of %2 right)")
            parts.append("<p><b>" + escape(translate("ProgressReport", "Practise next:"))
                         + "</b></p><ul>" + "".join(
                f"<li>{escape(w.question.prompt)} "
                + escape(right.replace("%1", str(w.record.correct)).replace(
                    "%2", str(w.record.seen))) + "</li>" for w in weak) + "</ul>")
    for name in chart_names or []:
        parts.append(f"<p><img src='{name}' width='640'></p>")
    return "".join(parts)


def write_report_pdf(path: Path, html: str, images: dict[str, QImage] | None = None, *,
                     title: str = "quizapp progress report", smallest: float = 5.0) -> bool:
    """Lay the report out on one A4 page and write it; raises OSError if it cannot be saved.

    The text shrinks down to ``smallest`` points to fit; returns False if even then the report
    ran onto a second page, so a caller can leave parts out and write it again.
    """
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("quizapp")
    document = QTextDocument()
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    # the document lays out in 96-dpi units; print_() scales it to the writer's resolution
    page = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width() * 96 / 72, page.height() * 96 / 72))
    # shrink the text until the whole report fits on one page
    font = document.defaultFont()
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" read back (copied, searched) as the letters
    size = 11.0
    while size > smallest:
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        if document.pageCount() <= 1:
            break
        size -= 0.5
    fits = document.pageCount() <= 1
    document.print_(writer)
    del writer
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")
    return fits
