"""The why step's parts: as full as readable type allows, every passage shown once."""

from __future__ import annotations

from quizapp.ui.classroom.why_pages import WhyPart, split_why


def test_passages_are_split_as_full_as_fits() -> None:
    # the first part holds the explanation and one passage; later parts two passages
    def fits(part: WhyPart) -> bool:
        return part.end - part.start <= (1 if part.first else 2)

    assert split_why(4, fits) == [WhyPart(True, 0, 1), WhyPart(False, 1, 3),
                                  WhyPart(False, 3, 4)]
    assert split_why(0, fits) == [WhyPart(True, 0, 0)]
    assert split_why(4, lambda part: True) == [WhyPart(True, 0, 4)]


def test_a_passage_too_long_for_readable_type_stands_alone() -> None:
    assert split_why(2, lambda part: False) == [WhyPart(True, 0, 0), WhyPart(False, 0, 1),
                                                WhyPart(False, 1, 2)]
