"""Two packs with one title are told apart by the end of their path."""

from __future__ import annotations

from quizapp.packs.pack_labels import distinct_labels


def test_titles_shared_by_several_packs_get_the_part_of_the_path_that_differs() -> None:
    assert distinct_labels([
        ("NATO", "/usr/share/quizapp/questions/nato-flashpoint/pack.yaml"),
        ("Atlas", "/home/t/atlas/pack.yaml"),
        ("NATO", "/home/t/Documents/nato-copy/pack.yaml"),
    ]) == ["NATO (nato-flashpoint/pack.yaml)", "Atlas", "NATO (nato-copy/pack.yaml)"]
    assert distinct_labels([("A", "/x/a.yaml"), ("A", "/x/b.yaml")]) == ["A (a.yaml)",
                                                                       "A (b.yaml)"]
    assert distinct_labels([("A", "/one/unit/pack.yaml"), ("A", "/two/unit/pack.yaml")]) == [
        "A (one/unit/pack.yaml)", "A (two/unit/pack.yaml)"]
    assert distinct_labels([]) == []
