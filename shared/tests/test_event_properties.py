"""Properties of every event model (taken from the registry, so a new model is covered by itself).

Valid instances, built from each model's own fields and constraints, round-trip through JSON, through
`parse_event` with the envelope headers, and are accepted by the checked-in JSON Schema. Anything else
(arbitrary bytes or JSON, a required field missing, a field of the wrong type, another ce_type) is refused
by `parse_event` with EnvelopeError, ValidationError or ValueError only: the errors the consumer turns into
a DLQ entry with a reason. Any other exception would crash the consumer instead.
"""

from __future__ import annotations

import contextlib
import json
import math
import types
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from typing import Any, Literal, Union, get_args, get_origin

import annotated_types
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from padan.shared.envelope import Envelope, EnvelopeError
from padan.shared.events import EVENT_MODELS, MODEL_BY_TOPIC, Event
from padan.shared.kafka import parse_event
from padan.shared.schemas import load_checked_in

PARSE_ERRORS = (EnvelopeError, ValidationError, ValueError)
TOPICS = sorted(MODEL_BY_TOPIC)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
# Seven topics times a dozen properties: a few dozen examples each keeps the file under a minute or two.
EXAMPLES = settings(max_examples=40)
NON_FINITE = st.sampled_from([math.nan, math.inf, -math.inf])
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=7)), timezone(timedelta(hours=-3, minutes=-30))])


def _bounds(field: FieldInfo) -> dict[str, Any]:
    """The field's constraints as hypothesis keyword arguments; an unknown constraint fails the test so the
    strategy is taught about it rather than silently producing invalid instances."""
    bounds: dict[str, Any] = {}
    for item in field.metadata:
        if isinstance(item, annotated_types.Ge):
            bounds["min_value"] = item.ge
        elif isinstance(item, annotated_types.Le):
            bounds["max_value"] = item.le
        elif isinstance(item, annotated_types.MinLen):
            bounds["min_size"] = item.min_length
        elif isinstance(item, annotated_types.MaxLen):
            bounds["max_size"] = item.max_length
        else:
            raise AssertionError(f"teach the event strategy the constraint {item!r}")
    return bounds


def value_of(annotation: Any, bounds: dict[str, Any], finite: bool = True) -> st.SearchStrategy[Any]:
    """Valid values of a type as it appears in an event model (`finite=False`: floats include NaN and
    infinity, which JSON cannot carry)."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        return st.one_of([value_of(arg, bounds, finite) for arg in args])
    if origin is Literal:
        return st.sampled_from(args)
    if origin is list:
        return st.lists(value_of(args[0], {}, finite), max_size=bounds.get("max_size", 4))
    if origin is dict:
        return st.dictionaries(value_of(args[0], {}, finite), value_of(args[1], {}, finite), max_size=4)
    if annotation is type(None):
        return st.none()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return instance_of(annotation, finite)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from(list(annotation))
    numeric = {k: v for k, v in bounds.items() if k in ("min_value", "max_value")}
    sized = {"min_size": bounds.get("min_size", 0), "max_size": bounds.get("max_size", 60)}
    strategies: dict[Any, st.SearchStrategy[Any]] = {
        bool: st.booleans(),
        int: st.integers(**numeric),
        float: st.floats(**numeric, allow_nan=False, allow_infinity=False) | (st.nothing() if finite else NON_FINITE),
        str: st.text(**sized),
        datetime: st.datetimes(timezones=st.none() | ZONES),
        date: st.dates(),
    }
    if annotation not in strategies:
        raise AssertionError(f"teach the event strategy the type {annotation!r}")
    return strategies[annotation]


def fields_of(model: type[BaseModel], finite: bool = True) -> st.SearchStrategy[dict[str, Any]]:
    """Every required field, and each optional one or its default left out."""
    values = {name: value_of(f.annotation, _bounds(f), finite) for name, f in model.model_fields.items()}
    required = {name: values[name] for name, f in model.model_fields.items() if f.is_required()}
    optional = {name: values[name] for name, f in model.model_fields.items() if not f.is_required()}
    return st.fixed_dictionaries(required, optional=optional)


def instance_of(model: type[BaseModel], finite: bool = True) -> st.SearchStrategy[Any]:
    """Instances of the model; with `finite=False`, the fields a producer might pass, made into an instance
    when the model takes them (a field the model refuses makes the example invalid)."""
    if finite:
        return fields_of(model).map(model.model_validate)
    return fields_of(model, finite=False).map(_accepted(model)).filter(lambda event: event is not None)


def _accepted(model: type[BaseModel]) -> Any:
    def build(fields: dict[str, Any]) -> BaseModel | None:
        try:
            return model.model_validate(fields)
        except ValidationError:
            return None

    return build


def headers_for(model: type[Event], event: Event | None = None) -> dict[str, str]:
    subject = event.aggregate_id() if event is not None else None
    return Envelope.new(event_type=model.event_type, source="/padan/tests", subject=subject).to_headers()


def event_of(topic: str) -> st.SearchStrategy[Any]:
    return instance_of(MODEL_BY_TOPIC[topic])


def valid_document(topic: str, data: st.DataObject) -> tuple[type[Event], dict[str, Any]]:
    """The topic's model and a valid event of it as the JSON object a consumer reads, to break one part of."""
    return MODEL_BY_TOPIC[topic], json.loads(data.draw(event_of(topic)).model_dump_json())


def _parse_or_refuse(topic: str, headers: dict[str, Any], body: bytes) -> None:
    """Only the errors the consumer dead-letters may come out of parse_event."""
    with contextlib.suppress(PARSE_ERRORS):
        parse_event(topic, headers, body)


def test_the_registry_names_every_model_once() -> None:
    assert len(MODEL_BY_TOPIC) == len(EVENT_MODELS) == len({m.event_type for m in EVENT_MODELS})


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data())
def test_valid_events_round_trip_through_json_and_the_consumer_parser(topic: str, data: st.DataObject) -> None:
    model = MODEL_BY_TOPIC[topic]
    event = data.draw(event_of(topic))
    body = event.model_dump_json().encode()
    assert model.model_validate_json(body) == event
    headers = headers_for(model, event)
    parsed, envelope = parse_event(topic, headers, body)
    assert parsed == event and type(parsed) is model
    assert (envelope.id, envelope.type) == (headers["ce_id"], model.event_type)
    assert envelope.subject == (event.aggregate_id() or None)  # an empty key travels without ce_subject


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data())
def test_whatever_a_model_accepts_survives_json(topic: str, data: st.DataObject) -> None:
    """NaN and infinity would be written as null and refused by every reader: the model refuses them."""
    model = MODEL_BY_TOPIC[topic]
    event = data.draw(instance_of(model, finite=False))
    assert model.model_validate_json(event.model_dump_json()) == event


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data())
def test_the_checked_in_json_schema_accepts_every_valid_event(topic: str, data: st.DataObject) -> None:
    validator = Draft202012Validator(load_checked_in()[topic], format_checker=FormatChecker())
    event = data.draw(event_of(topic))
    errors = [error.message for error in validator.iter_errors(json.loads(event.model_dump_json()))]
    assert errors == []


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(body=st.binary(max_size=300))
def test_arbitrary_bytes_are_refused_with_a_reason(topic: str, body: bytes) -> None:
    _parse_or_refuse(topic, headers_for(MODEL_BY_TOPIC[topic]), body)


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(document=JSON)
def test_arbitrary_json_is_refused_with_a_reason(topic: str, document: Any) -> None:
    _parse_or_refuse(topic, headers_for(MODEL_BY_TOPIC[topic]), json.dumps(document).encode())


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data())
def test_an_event_without_a_required_field_is_refused(topic: str, data: st.DataObject) -> None:
    model, document = valid_document(topic, data)
    missing = data.draw(st.sampled_from(sorted(n for n, f in model.model_fields.items() if f.is_required())))
    del document[missing]
    with pytest.raises(ValidationError, match=missing):
        parse_event(topic, headers_for(model), json.dumps(document).encode())


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data())
def test_a_field_of_the_wrong_type_is_refused(topic: str, data: st.DataObject) -> None:
    """No event field takes both an object and an array, so one of them is always the wrong type."""
    model, document = valid_document(topic, data)
    name = data.draw(st.sampled_from(sorted(model.model_fields)))
    wrong = data.draw(st.sampled_from([{"padan": [1]}, [{"padan": 1}]]))
    assume(not _accepts_json_kind(model.model_fields[name].annotation, wrong))
    document[name] = wrong
    with pytest.raises(ValidationError, match=name):
        parse_event(topic, headers_for(model), json.dumps(document).encode())


def _accepts_json_kind(annotation: Any, value: Any) -> bool:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        return any(_accepts_json_kind(arg, value) for arg in get_args(annotation))
    if isinstance(value, list):
        return origin is list
    return origin is dict or (isinstance(annotation, type) and issubclass(annotation, BaseModel))


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data(), value=JSON)
def test_a_field_with_any_json_value_is_read_or_refused_with_a_reason(
    topic: str, data: st.DataObject, value: Any
) -> None:
    model, document = valid_document(topic, data)
    document[data.draw(st.sampled_from(sorted(model.model_fields)))] = value
    _parse_or_refuse(topic, headers_for(model), json.dumps(document).encode())


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data(), event_type=st.text(max_size=60))
def test_another_ce_type_is_refused(topic: str, data: st.DataObject, event_type: str) -> None:
    model = MODEL_BY_TOPIC[topic]
    assume(event_type != model.event_type)
    event = data.draw(event_of(topic))
    headers = headers_for(model, event) | {"ce_type": event_type}
    with pytest.raises(EnvelopeError):
        parse_event(topic, headers, event.model_dump_json().encode())


@pytest.mark.parametrize("topic", TOPICS)
@EXAMPLES
@given(data=st.data(), headers=st.dictionaries(st.text(max_size=15), st.text(max_size=30) | st.binary(max_size=8)))
def test_arbitrary_headers_are_refused_with_a_reason(topic: str, data: st.DataObject, headers: dict[str, Any]) -> None:
    event = data.draw(event_of(topic))
    _parse_or_refuse(topic, headers, event.model_dump_json().encode())


@pytest.mark.parametrize("topic", TOPICS)
def test_deeply_nested_json_is_refused_with_a_reason(topic: str) -> None:
    body = b"[" * 100_000 + b"]" * 100_000  # under MAX_EVENT_BYTES, so it reaches the parser
    with pytest.raises(ValidationError):
        parse_event(topic, headers_for(MODEL_BY_TOPIC[topic]), body)
