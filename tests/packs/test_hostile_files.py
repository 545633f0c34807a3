"""Files a stranger's pack can point at: pipes, devices, links out of the folder, endless files.

Each must end in a clear error at once. A regression here would hang rather than fail, so the
checks that could block run on a helper thread that the test unblocks and then reports on.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizapp.classroom.results_file import read_results_file
from quizapp.core.validation import ValidationResult
from quizapp.interop import ImportFailure, import_file
from quizapp.packs import check_pack_file
from quizapp.packs.safe_files import UnreadableFile, read_limited, resolve_inside

PACK = """format: quizapp/1
id: p
title: P
source: {{text: {source}, title: S}}
questions:
  - id: q
    type: true_false
    prompt: Is the sky blue?
    answer: true
    explanation: It is.
    cite: {{passage: p-1, quote: blue}}
"""
SOURCE = "# S\n\nThe sky is blue. {#p-1}\n"
SECRET = "root:x:0:0:TOP-SECRET-CONTENT:/root:/bin/bash\n"
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX-only")


def checked_without_hanging(path: Path, unblock: Callable[[], None],
                            read: Callable[[Path], object] = check_pack_file) -> Any:
    """``read(path)`` (by default ``check_pack_file``) on a thread, its result or the exception
    it raised; ``unblock`` releases it if it got stuck."""
    results: list[object] = []

    def run() -> None:
        try:
            results.append(read(path))
        except Exception as error:  # the test looks at it
            results.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    stuck = worker.is_alive()
    if stuck:
        unblock()
        worker.join(10)
    assert not stuck, "reading blocked"
    return results[0]


def release_fifo(path: Path) -> Callable[[], None]:
    def unblock() -> None:
        descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(descriptor)
    return unblock


def messages(result: ValidationResult) -> list[str]:
    return [str(d) for d in result.diagnostics]


def pack_folder(tmp_path: Path, source: str = "source.md") -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.yaml").write_text(PACK.format(source=source), encoding="utf-8")
    return folder


@needs_fifo
def test_a_pack_that_is_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pack.yaml"
    os.mkfifo(fifo)
    result = checked_without_hanging(fifo, release_fifo(fifo))
    assert result.pack is None
    assert "the pack file is a named pipe, not a regular file" in messages(result)[0]


@needs_fifo
def test_a_source_that_is_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path)
    os.mkfifo(folder / "source.md")
    result = checked_without_hanging(folder / "pack.yaml", release_fifo(folder / "source.md"))
    assert result.pack is None
    assert any("the source file is a named pipe" in m for m in messages(result))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_source_linked_to_an_endless_device_is_refused(tmp_path: Path, device: str) -> None:
    folder = pack_folder(tmp_path)
    (folder / "source.md").symlink_to(device)
    result = checked_without_hanging(folder / "pack.yaml", lambda: None)
    assert result.pack is None
    # the link leaves the folder, which is checked before anything is opened
    assert any("outside the pack's folder" in m for m in messages(result))
    with pytest.raises(UnreadableFile, match="the source file is a device"):
        read_limited(Path(device), limit=1000, what="source")


def test_a_file_that_grows_past_its_limit_while_read_is_cut_off() -> None:
    status = Path("/proc/self/status")  # a regular file whose size says 0
    if not status.exists():
        pytest.skip("needs Linux /proc")
    with pytest.raises(UnreadableFile, match="the source file is larger than the 10 bytes limit"):
        read_limited(status, limit=10, what="source")


def test_a_folder_is_not_read_as_a_pack(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    assert "the pack file is a folder" in messages(check_pack_file(folder))[0]


def test_a_source_linked_to_a_file_outside_is_refused_and_never_echoed(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text(SECRET)
    folder = pack_folder(tmp_path)
    (folder / "source.md").symlink_to(secret)
    result = check_pack_file(folder / "pack.yaml")
    assert result.pack is None
    found = messages(result)
    assert any("the source is a link to a file outside the pack's folder" in m for m in found)
    assert not any("TOP-SECRET" in m or "root:x" in m for m in found), found


def test_a_linked_folder_inside_the_pack_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "passwd").write_text(SECRET)
    folder = pack_folder(tmp_path, source="docs/passwd")
    (folder / "docs").symlink_to(outside, target_is_directory=True)
    found = messages(check_pack_file(folder / "pack.yaml"))
    assert any("outside the pack's folder" in m for m in found), found
    assert not any("TOP-SECRET" in m for m in found)


def test_links_that_stay_inside_the_pack_folder_are_followed(tmp_path: Path) -> None:
    folder = pack_folder(tmp_path, source="current.md")
    (folder / "texts").mkdir()
    (folder / "texts" / "v2.md").write_text(SOURCE, encoding="utf-8")
    (folder / "current.md").symlink_to(Path("texts") / "v2.md")
    result = check_pack_file(folder / "pack.yaml")
    assert result.pack is not None, messages(result)


def test_the_pack_file_itself_may_be_a_link_the_learner_made(tmp_path: Path) -> None:
    """The learner chose the link; the pack's folder is where the linked file really is."""
    folder = pack_folder(tmp_path)
    (folder / "source.md").write_text(SOURCE, encoding="utf-8")
    link = tmp_path / "shortcut.yaml"
    link.symlink_to(folder / "pack.yaml")
    result = check_pack_file(link)
    assert result.pack is not None, messages(result)


@pytest.mark.parametrize("name", ["../x.md", "/etc/passwd", "a/../../x.md", ""])
def test_names_that_climb_out_are_refused_before_any_lookup(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnreadableFile, match="must be a file in the pack's folder"):
        resolve_inside(tmp_path, name, what="source")


def test_a_loop_of_links_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    with pytest.raises(UnreadableFile, match="loop of links"):
        resolve_inside(tmp_path, "a.md", what="source")


def test_size_messages_never_read_as_equal_to_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "pack.yaml"
    with path.open("wb") as stream:
        stream.truncate(5 * 1024 * 1024 + 1)
    with pytest.raises(UnreadableFile, match=r"^the pack file is 5\.1 MB; the limit is 5 MB$"):
        read_limited(path, limit=5 * 1024 * 1024, what="pack")


@needs_fifo
@pytest.mark.parametrize(("name", "read", "error"), [
    ("class.quizpack", check_pack_file, "the bundle file is a named pipe"),
    ("questions.gift", import_file, "the imported file is a named pipe"),
    ("results.json", read_results_file, "the results file is a named pipe"),
])
def test_every_other_reader_refuses_a_named_pipe_at_once(
        tmp_path: Path, name: str, read: Callable[[Path], object], error: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    outcome = checked_without_hanging(fifo, release_fifo(fifo), read)
    shown = "\n".join(messages(outcome)) if isinstance(outcome, ValidationResult) else str(outcome)
    assert error in shown


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_import_linked_to_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "questions.gift"
    link.symlink_to("/dev/zero")
    with pytest.raises(ImportFailure, match="the imported file is a device"):
        import_file(link)


def test_a_missing_source_text_is_said_in_plain_words(tmp_path: Path) -> None:
    """Not Python's "[Errno 2] No such file or directory: '/tmp/…'" but what to do about it."""
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    (pack_dir / "pack.yaml").write_text(PACK.format(source="source.md"), encoding="utf-8")
    result = check_pack_file(pack_dir / "pack.yaml")
    messages = [diagnostic.message for diagnostic in result.diagnostics]
    assert result.pack is None
    assert "the source text 'source.md' is not there: put it in the pack's folder or correct " \
        "`text:` to name the file that is" in messages
    assert not any("Errno" in message or str(tmp_path) in message for message in messages)
