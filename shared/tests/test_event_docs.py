"""The topic pages in docs/events/ are current, and every event model has a valid example to show."""

from padan.shared.event_docs import DOCS_DIR, pages
from padan.shared.events import EVENT_MODELS
from padan.shared.events.examples import EXAMPLES


def test_every_event_model_has_an_example_that_validates() -> None:
    assert set(EXAMPLES) == set(EVENT_MODELS), "add an example to padan.shared.events.examples"
    for model, example in EXAMPLES.items():
        model.model_validate(example)


def test_every_topic_page_is_current() -> None:
    for path, text in pages().items():
        assert path.exists(), f"{path.name} missing; run: uv run padan schemas generate"
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale; run: uv run padan schemas generate"


def test_every_topic_page_shows_every_field_of_its_model() -> None:
    for model in EVENT_MODELS:
        page = (DOCS_DIR / f"{model.topic}.md").read_text(encoding="utf-8")
        for name in model.model_fields:
            assert f"| `{name}` |" in page, f"{model.topic}: field {name} undocumented"
