"""``.quizpack`` bundles: written from a pack, opened by every loader; hostile bundles refused."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from quizapp.core.limits import MAX_BUNDLE_FILE_BYTES
from quizapp.packs import check_pack_file, load_pack
from quizapp.packs.bundle import MAX_ENTRIES, BundleError, open_bundle, write_bundle
from tests.conftest import FIXTURES


def make_zip(path: Path, entries: dict[str, bytes], *, symlink: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
        if symlink is not None:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


@pytest.fixture
def mini_bundle(tmp_path: Path) -> Path:
    pack_file = FIXTURES / "mini" / "pack.yaml"
    path = tmp_path / "mini.quizpack"
    path.write_bytes(write_bundle(load_pack(pack_file), pack_file))
    return path


def test_a_bundle_holds_pack_and_source_and_loads_like_the_pack(mini_bundle: Path,
                                                                tmp_path: Path) -> None:
    with zipfile.ZipFile(mini_bundle) as archive:
        assert sorted(archive.namelist()) == ["pack.yaml", "source.md"]
    cache = tmp_path / "cache"
    pack = load_pack(mini_bundle, cache)
    assert pack.id == "mini-atlas" and pack.document is not None
    assert len(list(cache.iterdir())) == 1  # one folder, named by the content hash
    assert open_bundle(mini_bundle, cache) == Path(pack.path)  # unpacked once, then reused
    assert load_pack(mini_bundle).questions == pack.questions  # no cache: a temporary folder


def test_images_shown_by_the_pack_travel_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "pics"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "dot.png").write_bytes(b"\x89PNG dot")
    (folder / "secret.txt").write_text("not referenced")
    (folder / "pack.yaml").write_text(
        "format: quizapp/1\nid: pics\ntitle: Pics\nquestions:\n  - id: q\n    type: true_false\n"
        "    prompt: 'Is this dot red? ![a dot](images/dot.png) ![x](../outside.png)'\n"
        "    answer: true\n", encoding="utf-8")
    data = write_bundle(load_pack(folder / "pack.yaml"), folder / "pack.yaml")
    (tmp_path / "pics.quizpack").write_bytes(data)
    with zipfile.ZipFile(tmp_path / "pics.quizpack") as archive:
        assert sorted(archive.namelist()) == ["images/dot.png", "pack.yaml"]
    unpacked = open_bundle(tmp_path / "pics.quizpack", tmp_path / "cache").parent
    assert (unpacked / "images" / "dot.png").read_bytes() == b"\x89PNG dot"


@pytest.mark.parametrize(("entries", "symlink", "reason"), [
    ({"pack.yaml": b"x", "../evil.txt": b"x"}, None, "points outside the bundle"),
    ({"pack.yaml": b"x", "a/../../evil.txt": b"x"}, None, "points outside the bundle"),
    ({"pack.yaml": b"x", "/etc/evil": b"x"}, None, "absolute path"),
    ({"pack.yaml": b"x", "C:/evil": b"x"}, None, "absolute path"),
    ({"pack.yaml": b"x", "a\\..\\evil": b"x"}, None, "absolute path"),
    ({"pack.yaml": b"x"}, "source.md", "symbolic link"),
    ({"pack.yaml": b"0" * (10 * 1024 * 1024)}, None, "compressed 1[0-9]{3} to 1"),
    ({"pack.yaml": b"x", "big.bin": b"0" * (MAX_BUNDLE_FILE_BYTES + 1)}, None,
     "more than the limit"),
    ({"notes.txt": b"x"}, None, "no pack.yaml at its top level"),
])
def test_hostile_bundles_are_refused(tmp_path: Path, entries: dict[str, bytes],
                                     symlink: str | None, reason: str) -> None:
    bundle = make_zip(tmp_path / "evil.quizpack", entries, symlink=symlink)
    cache = tmp_path / "cache"
    with pytest.raises(BundleError, match=reason):
        open_bundle(bundle, cache)
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()
    assert [p.name for p in cache.iterdir()] == []  # nothing half-unpacked is left behind


def test_too_many_entries(tmp_path: Path) -> None:
    entries = {"pack.yaml": b"x", **{f"f{i}.txt": b"" for i in range(MAX_ENTRIES)}}
    bundle = make_zip(tmp_path / "many.quizpack", entries)
    with pytest.raises(BundleError, match=f"at most {MAX_ENTRIES}"):
        open_bundle(bundle, tmp_path / "cache")


def test_a_lying_zip_header_is_caught_while_unpacking(tmp_path: Path) -> None:
    bundle = make_zip(tmp_path / "liar.quizpack", {"pack.yaml": b"a" * 3_000_000})
    data = bytearray(bundle.read_bytes())
    # shrink the declared size in the central directory: the real data is far larger
    central = data.rfind(b"PK\x01\x02")
    data[central + 24:central + 28] = (1000).to_bytes(4, "little")
    bundle.write_bytes(bytes(data))
    with pytest.raises(BundleError):
        open_bundle(bundle, tmp_path / "cache")


def test_validate_reports_a_broken_bundle_by_name(tmp_path: Path) -> None:
    not_zip = tmp_path / "broken.quizpack"
    not_zip.write_bytes(b"this is not a zip")
    [problem] = check_pack_file(not_zip).diagnostics
    assert str(problem) == (f"{not_zip}:1:1: error: this bundle cannot be opened: it is not a "
                            "readable zip file (File is not a zip file)")
    bad_pack = make_zip(tmp_path / "bad.quizpack", {"pack.yaml": b"format: quizapp/1\nid: x\n"})
    messages = [str(d) for d in check_pack_file(bad_pack, tmp_path / "cache").diagnostics]
    assert messages == [f"{bad_pack}/pack.yaml:1:1: error: the pack is missing 'title'; add "
                        "'title: ...'", f"{bad_pack}/pack.yaml:1:1: error: the pack has no "
                        "'questions'; add a 'questions:' list"]
