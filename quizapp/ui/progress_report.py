"""A one-page progress report as PDF, drawn with Qt's own text layout and PDF writer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from quizapp.core.progress import pack_mastery, weakest_questions
from quizapp.core.wording import counted
from quizapp.storage.statistics import Totals
from quizapp.ui.statistics_screen import PackProgress
from quizapp.ui.text_rendering import escape


def report_html(profile_name: str, totals: Totals, streak: int,
                progress: list[PackProgress], today: date | None = None,
                chart_names: list[str] | None = None) -> str:
    today = today or date.today()
    accuracy = f"{100 * totals.correct / totals.answered:.0f} %" if totals.answered else "—"
    parts = [
        f"<h1>Progress report — {escape(profile_name)}</h1>",
        f"<p>{today.isoformat()} · {counted(totals.answered, 'answer')} in "
        f"{counted(totals.sessions, 'session')} · {accuracy} right · "
        f"study streak {counted(streak, 'day')}</p>",
    ]
    for item in progress:
        pack = item.pack
        parts.append(f"<h2>{escape(pack.title)}</h2>")
        parts.append(f"<p>Mastery {100 * pack_mastery(pack, item.records):.0f} % · "
                     f"{len(item.records)} of {counted(len(pack.questions), 'question')} seen</p>")
        rows = "".join(
            f"<tr><td>{escape(s.title)}</td><td align='right'>{s.seen}/{s.questions}</td>"
            f"<td align='right'>{100 * s.mastery:.0f} %</td></tr>"
            for s in item.sections
        )
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                     "<tr><th align='left'>Section</th><th>Seen</th><th>Mastery</th></tr>"
                     f"{rows}</table>")
        weak = weakest_questions(pack, item.records, limit=5)
        if weak:
            parts.append("<p><b>Practise next:</b></p><ul>" + "".join(
                f"<li>{escape(w.question.prompt)} ({w.record.correct} of {w.record.seen} "
                "right)</li>" for w in weak) + "</ul>")
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
