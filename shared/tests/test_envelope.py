import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from padan.shared.envelope import Envelope, EnvelopeError


def test_headers_round_trip() -> None:
    envelope = Envelope.new(event_type="id.padan.test.v1", source="/padan/test", subject="agg-1", correlation_id="c-1")
    back = Envelope.from_headers(envelope.to_headers())
    assert back.id == envelope.id and back.type == envelope.type and back.time == envelope.time
    assert back.correlation_id == "c-1" and back.subject == "agg-1"


def test_correlation_defaults_to_the_event_id() -> None:
    envelope = Envelope.new(event_type="t", source="s")
    assert envelope.correlation_id == envelope.id


def test_missing_attributes_are_named() -> None:
    with pytest.raises(EnvelopeError, match="ce_type"):
        Envelope.from_headers(
            {"ce_id": "1", "ce_source": "s", "ce_specversion": "1.0", "ce_time": "2026-01-01T00:00:00+00:00"}
        )


def test_wrong_spec_version_is_refused() -> None:
    headers = Envelope.new(event_type="t", source="s").to_headers() | {"ce_specversion": "0.3"}
    with pytest.raises(EnvelopeError, match="specversion"):
        Envelope.from_headers(headers)


@given(st.dictionaries(st.text(max_size=12), st.text(max_size=30), max_size=8))
def test_arbitrary_headers_never_crash_with_anything_but_envelope_error(headers: dict[str, str]) -> None:
    with contextlib.suppress(EnvelopeError):
        Envelope.from_headers(headers)
