"""What a student's device may send: exactly three shapes, strictly checked, bounded in size."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.live.protocol import (
    MAX_MESSAGE_BYTES,
    Join,
    ProtocolError,
    Rejoin,
    SubmitAnswer,
    clean_name,
    decode_client,
    decode_server,
    encode,
)


def test_the_three_messages_decode() -> None:
    assert decode_client('{"type":"join","pin":" 123456 ","name":"  Ana\\u0000 María "}') == \
        Join("123456", "Ana María")
    assert decode_client('{"type":"rejoin","token":"abcdefghijk"}') == Rejoin("abcdefghijk")
    assert decode_client('{"type":"answer","question":2,"value":[2,0,1]}') == \
        SubmitAnswer(2, (2, 0, 1))
    assert decode_client('{"type":"answer","question":1,"value":true}') == SubmitAnswer(1, True)
    assert decode_client('{"type":"answer","question":1,"value":"Kyiv"}') == SubmitAnswer(1, "Kyiv")


@pytest.mark.parametrize("text, code", [
    ("not json", "bad_message"),
    ("[]", "bad_message"),
    ('{"type":"hello"}', "bad_message"),
    ('{"type":"join","pin":"123456"}', "bad_message"),
    ('{"type":"join","pin":"123456","name":"A","seat":3}', "bad_message"),
    ('{"type":"answer","question":1,"value":0,"seat":2}', "bad_message"),
    ('{"type":"answer","question":1,"value":0,"token":"x"}', "bad_message"),
    ('{"type":"answer","question":"1","value":0}', "bad_message"),
    ('{"type":"answer","question":true,"value":0}', "bad_message"),
    ('{"type":"answer","question":1,"value":{"a":1}}', "bad_message"),
    ('{"type":"answer","question":1,"value":[1.5]}', "bad_message"),
    ('{"type":"answer","question":1,"value":-1}', "bad_message"),
    ('{"type":"answer","question":1,"value":NaN}', "bad_message"),
    ('{"type":"answer","question":1,"value":' + json.dumps("x" * 201) + "}", "bad_message"),
    ('{"type":"answer","question":1,"value":' + json.dumps(list(range(41))) + "}", "bad_message"),
    ('{"type":"rejoin","token":7}', "bad_message"),
    ("[" * 5000, "too_large"),
    (json.dumps({"type": "join", "pin": "1", "name": "é" * 2100}), "too_large"),
])
def test_anything_else_is_refused_with_a_code(text: str, code: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        decode_client(text)
    assert caught.value.code == code


def test_deep_nesting_is_refused_not_crashing() -> None:
    with pytest.raises(ProtocolError):
        decode_client("[" * 1000 + "]" * 1000)


@given(st.text(max_size=300))
def test_no_text_makes_the_decoder_fail_any_other_way(text: str) -> None:
    with contextlib.suppress(ProtocolError):
        decode_client(text)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=20))
def test_no_json_value_makes_the_decoder_fail_any_other_way(value: object) -> None:
    for message in (value, {"type": "answer", "question": 1, "value": value},
                    {"type": "join", "pin": value, "name": value}):
        with contextlib.suppress(ProtocolError):
            decode_client(json.dumps(message))


def test_names_are_tidied() -> None:
    assert clean_name("  Ana\t\n Lee\u200b ") == "Ana Lee"
    assert clean_name("\u202eevil") == "evil"


def test_server_messages_round_trip_and_unknown_ones_are_refused() -> None:
    assert decode_server(encode({"type": "received", "number": 1})) == \
        {"type": "received", "number": 1}
    with pytest.raises(ProtocolError):
        decode_server('{"type":"run","code":"rm -rf"}')
    assert MAX_MESSAGE_BYTES == 4096
