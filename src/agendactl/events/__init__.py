"""Helpers of the schedule stage: event candidates, titles, participants, places."""
