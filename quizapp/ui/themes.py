"""The app's themes: colours in ``assets/themes/<id>.json``, one style sheet for all of them.

A theme is data, not code, so that its contrast can be measured (``tests/ui/test_themes.py``,
``docs/accessibility.md``) and a new one added without touching Python. Each file gives

- ``palette``: Qt palette roles (``Window``, ``Text``, ``Highlight``…) for every widget Qt draws,
- ``disabled``: the roles that differ for disabled controls,
- ``colours``: what the palette has no role for (control borders, the focus ring, right / wrong /
  almost, the cited passage, the source viewer's highlight, chart series),
- ``border_width`` and ``focus_width`` in pixels.

``assets/themes/quizapp.qss`` is filled in with those colours (``$border``, ``$window_text``…)
and with its sizes scaled to the text size (see :func:`style_sheet`). Plain Python: no Qt here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from quizapp.resources import asset
from quizapp.ui.contrast import contrast_ratio

THEMES_FOLDER = "themes"
STYLE_SHEET = "quizapp.qss"
THEME_IDS = ("light", "dark", "high-contrast")
"""Shipped themes, in the order offered."""
DESIGN_POINT_SIZE = 11.0
"""The style sheet's font sizes are written for body text of this size."""
TEXT_CONTRAST = 4.5
BORDER_CONTRAST = 3.0


class ThemeError(ValueError):
    """A theme file that cannot be used (missing colour, bad value); names the file."""


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    dark: bool
    palette: dict[str, str]
    disabled: dict[str, str]
    colours: dict[str, str]
    border_width: int = 1
    focus_width: int = 3

    def colour(self, name: str) -> str:
        """A theme colour or an active palette role (``"border"``, ``"Window"``)."""
        if name in self.colours:
            return self.colours[name]
        return self.palette[name]

    def disabled_colour(self, role: str) -> str:
        return self.disabled.get(role, self.palette[role])

    def template_values(self) -> dict[str, str]:
        values = {snake_case(role): colour for role, colour in self.palette.items()}
        values.update({f"disabled_{snake_case(role)}": self.disabled_colour(role)
                       for role in self.palette})
        values.update(self.colours)
        values["border_width"] = str(self.border_width)
        values["focus_width"] = str(self.focus_width)
        values["focus_margin"] = str(self.focus_width - self.border_width)
        return values

    # -- what is measured ----------------------------------------------------------------------
    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background colour) the app paints text with: ≥ 4.5:1."""
        p, c = self.palette, self.colours
        pairs = [
            ("text on window", p["WindowText"], p["Window"]),
            ("text in fields and lists", p["Text"], p["Base"]),
            ("text in alternate rows", p["Text"], p["AlternateBase"]),
            ("button text", p["ButtonText"], p["Button"]),
            ("button text, pointed at", p["ButtonText"], c["button_hover"]),
            ("button text, pressed", p["ButtonText"], c["button_pressed"]),
            ("selected text", p["HighlightedText"], p["Highlight"]),
            ("hints on window", p["PlaceholderText"], p["Window"]),
            ("hints in fields", p["PlaceholderText"], p["Base"]),
            ("links on window", p["Link"], p["Window"]),
            ("links in text", p["Link"], p["Base"]),
            ("visited links", p["LinkVisited"], p["Base"]),
            ("tooltips", p["ToolTipText"], p["ToolTipBase"]),
            ("disabled text", self.disabled_colour("WindowText"), p["Window"]),
            ("disabled field text", self.disabled_colour("Text"), self.disabled_colour("Base")),
            ("disabled button text", self.disabled_colour("ButtonText"),
             self.disabled_colour("Button")),
            ("chosen answer", p["ButtonText"], c["selected_background"]),
            ("right answer", p["ButtonText"], c["right_background"]),
            ("wrong answer", p["ButtonText"], c["wrong_background"]),
            ("feedback: right", p["WindowText"], c["right_background"]),
            ("feedback: wrong", p["WindowText"], c["wrong_background"]),
            ("feedback: almost", p["WindowText"], c["almost_background"]),
            ("cited passage", p["WindowText"], c["citation_background"]),
            ("cited passage's section", p["PlaceholderText"], c["citation_background"]),
            ("quote in the source", c["quote_text"], c["quote_background"]),
            ("links in feedback", p["Link"], c["right_background"]),
        ]
        for kind in ("right", "wrong", "almost"):  # hints and links inside a coloured panel
            pairs.append((f"hints in {kind} feedback", p["PlaceholderText"],
                          c[f"{kind}_background"]))
        return pairs

    def border_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, line colour, colour beside it) that shows a control or state: ≥ 3:1."""
        p, c = self.palette, self.colours
        pairs = [
            ("control border on window", c["border"], p["Window"]),
            ("control border on fields", c["border"], p["Base"]),
            ("control border on buttons", c["border"], p["Button"]),
            ("focus ring on window", c["focus"], p["Window"]),
            ("focus ring on fields", c["focus"], p["Base"]),
            ("focus ring on buttons", c["focus"], p["Button"]),
            ("focus ring on a chosen answer", c["focus"], c["selected_background"]),
            ("right border", c["right"], p["Window"]),
            ("wrong border", c["wrong"], p["Window"]),
            ("almost border", c["almost"], p["Window"]),
            ("cited passage's bar", c["citation"], p["Window"]),
            ("progress", c["focus"], p["Base"]),
            ("selected row", p["Highlight"], p["Base"]),
            ("chart series", c["chart_series"], p["Base"]),
        ]
        # a state's border against its own tint too, where the tint is not the window
        for kind in ("right", "wrong", "almost"):
            pairs.append((f"{kind} border on its tint", c[kind], c[f"{kind}_background"]))
        return pairs

    def failures(self) -> list[str]:
        """Every pair below its minimum, in words (empty when the theme passes)."""
        found = []
        for minimum, pairs in ((TEXT_CONTRAST, self.text_pairs()),
                               (BORDER_CONTRAST, self.border_pairs())):
            for what, front, back in pairs:
                ratio = contrast_ratio(front, back)
                if ratio < minimum:
                    found.append(f"{self.name}: {what} {front} on {back} is {ratio:.2f}:1, "
                                 f"needs {minimum}:1")
        return found


def snake_case(role: str) -> str:
    """``WindowText`` → ``window_text``: a palette role as the style sheet names it."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", role).lower()


REQUIRED_ROLES = ("Window", "WindowText", "Base", "AlternateBase", "Text", "Button", "ButtonText",
                  "PlaceholderText", "Highlight", "HighlightedText", "Link", "LinkVisited",
                  "ToolTipBase", "ToolTipText")
REQUIRED_COLOURS = ("border", "focus", "button_hover", "button_pressed", "selected_background",
                    "right", "right_background", "wrong", "wrong_background", "almost",
                    "almost_background", "citation", "citation_background", "quote_background",
                    "quote_text", "chart_series", "chart_grid")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def themes_dir() -> Path:
    return asset(THEMES_FOLDER)


def load_theme(theme_id: str, folder: Path | None = None) -> Theme:
    path = (folder or themes_dir()) / f"{theme_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ThemeError(f"{path}: cannot be read as a theme ({error})") from error
    if not isinstance(data, dict):
        raise ThemeError(f"{path}: a theme is a JSON object")
    palette = _colour_table(data.get("palette"), path, "palette")
    disabled = _colour_table(data.get("disabled", {}), path, "disabled")
    colours = _colour_table(data.get("colours"), path, "colours")
    missing = [role for role in REQUIRED_ROLES if role not in palette]
    missing += [name for name in REQUIRED_COLOURS if name not in colours]
    if missing:
        raise ThemeError(f"{path}: colours missing: {', '.join(missing)}")
    border_width, focus_width = data.get("border_width", 1), data.get("focus_width", 3)
    if not (isinstance(border_width, int) and isinstance(focus_width, int)
            and 1 <= border_width <= focus_width <= 6):
        raise ThemeError(f"{path}: border_width and focus_width must be whole pixels, "
                         "1 ≤ border_width ≤ focus_width ≤ 6")
    return Theme(theme_id, str(data.get("name", theme_id)), bool(data.get("dark", False)),
                 palette, disabled, colours, border_width, focus_width)


def _colour_table(value: object, path: Path, key: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ThemeError(f"{path}: '{key}' must map names to colours")
    for name, colour in value.items():
        if not isinstance(colour, str) or not _COLOUR.match(colour):
            raise ThemeError(f"{path}: {key}.{name} is {colour!r}, not a '#rrggbb' colour")
    return {str(name): str(colour).lower() for name, colour in value.items()}


def load_themes(folder: Path | None = None) -> dict[str, Theme]:
    return {theme_id: load_theme(theme_id, folder) for theme_id in THEME_IDS}


# -- the style sheet ---------------------------------------------------------------------------
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_BLOCK = re.compile(r"\{([^{}]*)\}")
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)(pt|px)\b")
UNSCALED = re.compile(r"^(border(?!-radius)|margin$)")
"""Lengths kept as written: border widths and margins (the focus ring's room), so that a focused
control never changes size and thin lines stay thin."""


def scale_lengths(sheet: str, factor: float) -> str:
    """Every ``pt`` and ``px`` length in a declaration times ``factor``, except those
    :data:`UNSCALED` names."""
    def declaration(text: str) -> str:
        prop, colon, value = text.partition(":")
        if not colon or UNSCALED.match(prop.strip()):
            return text
        return prop + colon + _LENGTH.sub(lambda m: _scaled(m, factor), value)

    def block(match: re.Match[str]) -> str:
        return "{" + ";".join(declaration(part) for part in match.group(1).split(";")) + "}"

    return sheet if factor == 1.0 else _BLOCK.sub(block, sheet)


def _scaled(match: re.Match[str], factor: float) -> str:
    number, unit = float(match.group(1)), match.group(2)
    if unit == "px":
        return f"{max(1, round(number * factor)) if number else 0}px"
    return f"{round(number * factor, 1):g}pt"


def style_sheet(theme: Theme, point_size: float, images: dict[str, str],
                template: str | None = None) -> str:
    """The app's style sheet for ``theme`` with body text of ``point_size`` points; ``images``
    names the files drawn in the theme's colours (see :func:`arrow_svgs`)."""
    if template is None:
        template = (themes_dir() / STYLE_SHEET).read_text(encoding="utf-8")
    values = theme.template_values() | images
    filled = Template(_COMMENT.sub("", template)).substitute(values)
    return scale_lengths(filled, point_size / DESIGN_POINT_SIZE)


ARROWS = {"arrow_down": "M1 3 L8 11 L15 3 Z", "arrow_up": "M1 13 L8 5 L15 13 Z"}


def arrow_svgs(theme: Theme) -> dict[str, str]:
    """The drop-down and spin-box arrows as SVG text, in the theme's button text colour (a style
    sheet that draws a control's frame must draw its arrows too, and only images can)."""
    colour = theme.palette["ButtonText"]
    return {name: ("<svg xmlns='http://www.w3.org/2000/svg' width='16' height='16' "
                   f"viewBox='0 0 16 16'><path d='{path}' fill='{colour}'/></svg>")
            for name, path in ARROWS.items()}


def contrast_report(themes: dict[str, Theme]) -> str:
    """The measured figures as Markdown tables, one per theme (docs/accessibility.md has them;
    a test keeps the two the same)."""
    parts = []
    for theme in themes.values():
        parts.append(f"### {theme.name}\n\n| What | Colour | On | Ratio | Needed |\n"
                     "|---|---|---|---|---|")
        for minimum, pairs in ((TEXT_CONTRAST, theme.text_pairs()),
                               (BORDER_CONTRAST, theme.border_pairs())):
            for what, front, back in pairs:
                parts.append(f"| {what} | `{front}` | `{back}` | "
                             f"{contrast_ratio(front, back):.2f}:1 | {minimum:g}:1 |")
        parts.append("")
    return "\n".join(parts)
