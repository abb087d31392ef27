"""Notification channels, one module each (e-mail, webhook), registered in `installed.py`: each is one
`ChannelSpec` (spec.py) saying who hears what on it, how a message is composed, sent, paced, retried and
shown in the delivery log. Handlers work with the specs, never with a channel's name."""
