"""The channels the notifier delivers on, in the order their deliveries are planned for an event. A new
channel is one module beside these that returns a ChannelSpec, and one line here."""

from __future__ import annotations

from collections.abc import Sequence

from padan.notifier.channels.email import email_channel
from padan.notifier.channels.spec import ChannelDeps, ChannelFactory, Channels
from padan.notifier.channels.webhook import webhook_channel

INSTALLED: tuple[ChannelFactory, ...] = (
    email_channel,
    webhook_channel,
)


def build_channels(deps: ChannelDeps, factories: Sequence[ChannelFactory] = INSTALLED) -> Channels:
    return Channels(factory(deps) for factory in factories)
