"""A big pack's intermediate data is let go in steps, and what was loaded stays whole."""

from __future__ import annotations

from pathlib import Path

from quizapp.packs.gradual_release import STEP, release_list, release_parsed, release_positions
from quizapp.packs.loader import check_pack_file
from quizapp.packs.yaml_reader import YamlPositions


def test_lists_dicts_and_positions_are_emptied() -> None:
    items: list[object] = list(range(3 * STEP + 7))
    release_list(items)
    parsed = {"title": "kept", "questions": [{"id": n} for n in range(2 * STEP)]}
    release_parsed(parsed)
    positions = YamlPositions({("a", n): (1, 1) for n in range(50 * STEP)}, {("b",): (2, 2)})
    release_positions(positions)
    assert items == [] and parsed == {"title": "kept", "questions": []}
    assert positions.values == {} and positions.keys == {}


def test_a_pack_read_is_whole_after_its_data_is_let_go(mini_dir: Path) -> None:
    first = check_pack_file(mini_dir / "pack.yaml").pack
    again = check_pack_file(mini_dir / "pack.yaml", lint=True).pack
    assert first is not None and first == again and len(first.questions) > 5
