"""structlog JSON logs with the correlation ids of the event or request being handled.

Every line carries `service`, and inside a consumer `correlation_id`, `event_id` and `topic` (bound by
`correlation`); inside any traced request or handler also `trace_id` and `span_id` (OpenTelemetry), so a
log search for one trace id shows the need's path through every service.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

import structlog
from structlog.contextvars import bind_contextvars, merge_contextvars, reset_contextvars

from padan.shared.tracing import current_trace_ids

_SECRET_KEYS = ("password", "secret", "token", "authorization", "api_key", "mongo_url")


def _redact_secrets(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Never let a secret reach a log line, whatever a caller passes."""
    for key in list(event_dict):
        if any(word in key.lower() for word in _SECRET_KEYS):
            event_dict[key] = "***"
    return event_dict


def _add_trace_ids(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key, value in current_trace_ids().items():
        event_dict.setdefault(key, value)
    return event_dict


def configure_logging(service: str, level: str = "INFO", json: bool = True) -> None:
    renderer: Any = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[
            merge_contextvars,
            _add_trace_ids,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _redact_secrets,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    bind_contextvars(service=service)
    logging.basicConfig(level=level.upper(), stream=sys.stderr, format="%(levelname)s %(name)s %(message)s")
    for noisy in ("aiokafka", "pymongo", "httpx"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@contextmanager
def correlation(correlation_id: str, **extra: str) -> Iterator[None]:
    """Bind a correlation id (and any extra fields) to every log line inside the block."""
    tokens = bind_contextvars(correlation_id=correlation_id, **extra)
    try:
        yield
    finally:
        reset_contextvars(**tokens)


def get_logger(name: str | None = None) -> Any:
    return structlog.get_logger(name)
