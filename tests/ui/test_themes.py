"""Every theme's colours are measured: text at least 4.5:1 and control borders, focus rings and
state colours at least 3:1 against what they stand on (WCAG 2.2 AA). The style sheet is filled
from the theme and scaled with the text size."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from quizapp.ui.contrast import contrast_ratio
from quizapp.ui.themes import (
    BORDER_CONTRAST,
    TEXT_CONTRAST,
    THEME_IDS,
    ThemeError,
    arrow_svgs,
    contrast_report,
    load_theme,
    load_themes,
    scale_lengths,
    style_sheet,
    themes_dir,
)

IMAGES = {"arrow_down": "/tmp/down.svg", "arrow_up": "/tmp/up.svg"}


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_every_text_and_border_has_enough_contrast(theme_id: str) -> None:
    theme = load_theme(theme_id)
    assert theme.failures() == []
    for what, text, background in theme.text_pairs():
        assert contrast_ratio(text, background) >= TEXT_CONTRAST, what
    for what, line, beside in theme.border_pairs():
        assert contrast_ratio(line, beside) >= BORDER_CONTRAST, what


def test_the_measure_finds_the_colours_the_issue_found(tmp_path: Path) -> None:
    """#777 hints on #efefef (3.9:1) and a dark palette's link (1.9:1) are caught."""
    for name in THEME_IDS:
        shutil.copy(themes_dir() / f"{name}.json", tmp_path / f"{name}.json")
    light = json.loads((tmp_path / "light.json").read_text(encoding="utf-8"))
    light["palette"].update(Window="#efefef", PlaceholderText="#777777")
    (tmp_path / "light.json").write_text(json.dumps(light), encoding="utf-8")
    dark = json.loads((tmp_path / "dark.json").read_text(encoding="utf-8"))
    dark["palette"]["Link"] = "#0000ff"
    (tmp_path / "dark.json").write_text(json.dumps(dark), encoding="utf-8")
    failures = load_theme("light", tmp_path).failures()
    assert "Light: hints on window #777777 on #efefef is 3.89:1, needs 4.5:1" in failures
    assert any("links in text #0000ff" in f for f in load_theme("dark", tmp_path).failures())


def test_chart_bars_and_arrows_read_on_what_they_stand_on() -> None:
    for theme in load_themes().values():
        assert contrast_ratio(theme.colours["chart_series"], theme.palette["Base"]) >= 3.0
        # the arrows are drawn in the button text colour, on buttons
        assert f"fill='{theme.palette['ButtonText']}'" in arrow_svgs(theme)["arrow_down"]


def test_a_broken_theme_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "light.json").write_text('{"palette": {"Window": "white"}}', encoding="utf-8")
    with pytest.raises(ThemeError, match=r"light.json: palette.Window is 'white'"):
        load_theme("light", tmp_path)
    (tmp_path / "light.json").write_text('{"palette": {}, "colours": {}}', encoding="utf-8")
    with pytest.raises(ThemeError, match="colours missing: Window, WindowText"):
        load_theme("light", tmp_path)
    (tmp_path / "light.json").write_text("[1,", encoding="utf-8")
    with pytest.raises(ThemeError, match="cannot be read as a theme"):
        load_theme("light", tmp_path)


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_the_style_sheet_is_filled_from_the_theme(theme_id: str) -> None:
    theme = load_theme(theme_id)
    sheet = style_sheet(theme, 11.0, IMAGES)
    assert "$" not in sheet
    assert f"border: {theme.focus_width}px solid {theme.colours['focus']}" in sheet
    assert "QLabel#prompt { font-size: 16pt;" in sheet
    assert theme.colours["right_background"] in sheet and "url(/tmp/down.svg)" in sheet


def test_sizes_scale_with_the_text_but_borders_and_margins_do_not() -> None:
    theme = load_theme("light")
    sheet = style_sheet(theme, 22.0, IMAGES)  # 200 % of the design size
    assert "QLabel#prompt { font-size: 32pt;" in sheet
    assert "padding: 10px 26px;" in sheet  # the buttons' padding
    assert f"border: {theme.border_width}px solid" in sheet
    assert "margin: 0px;" in sheet and "margin: 2px;" in sheet
    assert scale_lengths("QLabel { font-size: 13pt; border-radius: 4px; border-left: 5px "
                         "solid red; }", 1.5) == ("QLabel { font-size: 19.5pt; border-radius: "
                                                  "6px; border-left: 5px solid red; }")
    numbers = {float(n) for n in re.findall(r"font-size: ([\d.]+)pt", sheet)}
    assert min(numbers) >= 22.0  # nothing set smaller than the body text


def test_the_documented_figures_are_the_themes_own() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "accessibility.md").read_text(
        encoding="utf-8")
    assert contrast_report(load_themes()) in docs
