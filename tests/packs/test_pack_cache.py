"""The pack cache: an unchanged pack comes back without being read again; anything changed,
damaged or foreign in the cache is read from the files instead, never trusted."""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from pathlib import Path

import pytest

import quizapp.packs.pack_cache as pack_cache
import quizapp.packs.yaml_reader as yaml_reader
from quizapp.packs.loader import check_pack_file
from quizapp.packs.pack_cache import PackCache


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the YAML reader parsed."""
    parsed: list[str] = []
    real = yaml_reader.read_yaml_text

    def counting(text: str, file: str, cancelled=None):  # type: ignore[no-untyped-def]
        parsed.append(file)
        return real(text, file, cancelled)

    monkeypatch.setattr(yaml_reader, "read_yaml_text", counting)
    return parsed


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pack"))


def test_an_unchanged_pack_comes_from_the_cache_equal_to_the_file(
        mini_dir: Path, tmp_path: Path, reads: list[str]) -> None:
    cache = PackCache(tmp_path / "cache")
    first = check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    second = check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    assert first.pack is not None
    assert second == first
    assert second.pack is not None and second.pack.document == first.pack.document
    assert len(reads) == 1 and len(_entries(tmp_path / "cache")) == 1


def test_a_changed_pack_or_source_is_read_again(mini_dir: Path, tmp_path: Path,
                                                reads: list[str]) -> None:
    cache = PackCache(tmp_path / "cache")
    pack_file = mini_dir / "pack.yaml"
    check_pack_file(pack_file, pack_cache=cache)
    text = pack_file.read_text(encoding="utf-8")
    title_line = next(line for line in text.splitlines() if line.startswith("title:"))
    pack_file.write_text(text.replace(title_line, "title: Renamed pack"), encoding="utf-8")
    renamed = check_pack_file(pack_file, pack_cache=cache)
    assert renamed.pack is not None and renamed.pack.title == "Renamed pack"
    source = mini_dir / "source.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more paragraph. {#added}\n",
                      encoding="utf-8")
    extended = check_pack_file(pack_file, pack_cache=cache)
    assert extended.pack is not None and extended.pack.document is not None
    assert extended.pack.document.passage("added") is not None
    assert len(reads) == 3


def test_a_source_gone_since_is_reported_not_served_from_the_cache(
        mini_dir: Path, tmp_path: Path) -> None:
    cache = PackCache(tmp_path / "cache")
    check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    (mini_dir / "source.md").unlink()
    result = check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    assert result.pack is None and any("source" in d.message for d in result.errors)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty", "flipped byte"])
def test_a_damaged_entry_is_ignored_and_rebuilt(mini_dir: Path, tmp_path: Path,
                                                reads: list[str], damage: str) -> None:
    cache = PackCache(tmp_path / "cache")
    good = check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    [entry] = _entries(tmp_path / "cache")
    data = entry.read_bytes()
    entry.write_bytes({"truncated": data[: len(data) // 2], "garbage": os.urandom(len(data)),
                       "empty": b"",
                       "flipped byte": data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]}[damage])
    assert check_pack_file(mini_dir / "pack.yaml", pack_cache=cache) == good
    assert len(reads) == 2
    assert entry.read_bytes() == data  # rebuilt
    assert check_pack_file(mini_dir / "pack.yaml", pack_cache=cache) == good
    assert len(reads) == 2


def test_an_entry_that_would_run_code_is_refused(mini_dir: Path, tmp_path: Path,
                                                 reads: list[str]) -> None:
    cache = PackCache(tmp_path / "cache")
    check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    [entry] = _entries(tmp_path / "cache")
    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps(Exploit())
    entry.write_bytes(b"quizapp-pack-cache\n" + pack_cache.content_hash(payload).encode()
                      + payload)  # a valid checksum: only the unpickler stands in the way
    result = check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    assert result.pack is not None and not marker.exists()
    assert len(reads) == 2


def test_entries_of_another_loader_version_are_not_used(
        mini_dir: Path, tmp_path: Path, reads: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = PackCache(tmp_path / "cache")
    check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    monkeypatch.setattr(pack_cache, "LOADER_VERSION", pack_cache.LOADER_VERSION + 1)
    check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    assert len(reads) == 2 and len(_entries(tmp_path / "cache")) == 2


def test_packs_with_errors_are_not_cached_and_a_cache_that_cannot_be_written_costs_nothing(
        write_pack: Callable[[str], Path], tmp_path: Path) -> None:
    cache = PackCache(tmp_path / "cache")
    broken = write_pack("format: quizapp/1\nid: x\n")
    assert check_pack_file(broken, pack_cache=cache).pack is None
    assert not (tmp_path / "cache").exists()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    mini = Path(__file__).resolve().parents[1] / "fixtures" / "mini" / "pack.yaml"
    assert check_pack_file(mini, pack_cache=PackCache(blocked / "packs")).pack is not None


def test_lint_reads_the_file_whatever_the_cache_holds(mini_dir: Path, tmp_path: Path,
                                                      reads: list[str]) -> None:
    cache = PackCache(tmp_path / "cache")
    check_pack_file(mini_dir / "pack.yaml", pack_cache=cache)
    check_pack_file(mini_dir / "pack.yaml", pack_cache=cache, lint=True)
    assert len(reads) == 2


def test_the_cache_folder_keeps_within_its_size_by_removing_what_was_used_longest_ago(
        mini_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    pack_file = mini_dir / "pack.yaml"
    check_pack_file(pack_file, pack_cache=PackCache(folder))
    [first] = _entries(folder)
    small = PackCache(folder, max_bytes=first.stat().st_size * 3 // 2)  # room for one entry
    text = pack_file.read_text(encoding="utf-8")
    pack_file.write_text(text + "\n# a new version\n", encoding="utf-8")
    check_pack_file(pack_file, pack_cache=small)
    [kept] = _entries(folder)
    assert kept != first  # the older version went; the one just written stays
    assert check_pack_file(pack_file, pack_cache=small).pack is not None


def test_a_big_pack_is_listed_from_its_summary_without_its_questions(
        mini_dir: Path, tmp_path: Path, reads: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import quizapp.packs.library as library
    from quizapp.core.pack_summary import summarize

    monkeypatch.setattr(library, "KEEP_WHOLE_QUESTIONS", 0)  # the mini pack counts as big
    cache = PackCache(tmp_path / "cache")
    whole = check_pack_file(mini_dir / "pack.yaml").pack
    assert whole is not None
    first = library.load_for_list(mini_dir / "pack.yaml", pack_cache=cache)
    assert first.pack is None and first.summary == summarize(whole) and first.error_text is None

    def no_questions(*_args: object) -> None:
        raise AssertionError("the questions were unpickled to list the pack")

    monkeypatch.setattr(PackCache, "get", no_questions)
    again = library.load_for_list(mini_dir / "pack.yaml", pack_cache=cache)
    assert again.summary == first.summary and again.pack is None
    assert len(reads) == 2  # the file once without the cache above, once to fill it


def test_a_small_pack_is_listed_whole(mini_dir: Path, tmp_path: Path) -> None:
    import quizapp.packs.library as library

    listed = library.load_for_list(mini_dir / "pack.yaml", pack_cache=PackCache(tmp_path / "c"))
    assert listed.pack is not None and listed.summary is not None
    assert listed.summary.question_count == len(listed.pack.questions)
