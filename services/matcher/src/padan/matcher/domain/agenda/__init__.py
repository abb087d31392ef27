"""Business-matching events (temu bisnis): the event, its participants, meeting requests, the scheduler
and the agendas. Pure logic, no I/O."""
