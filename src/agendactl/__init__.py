"""agendactl: briefing transcripts -> briefing date, resolved day references, schedule, commitments."""

__version__ = "0.1.0"
