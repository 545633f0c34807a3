"""Pack files on disk: reading YAML packs safely, exporting them, finding bundled ones."""

from quizapp.packs.json_export import pack_to_dict, pack_to_json
from quizapp.packs.library import (
    LoadOutcome,
    bundled_pack_paths,
    load_many,
    resolve_pack,
)
from quizapp.packs.loader import check_pack_file, load_pack
from quizapp.resources import bundled_packs_dir

__all__ = [
    "LoadOutcome",
    "bundled_pack_paths",
    "bundled_packs_dir",
    "check_pack_file",
    "load_many",
    "load_pack",
    "pack_to_dict",
    "pack_to_json",
    "resolve_pack",
]
