"""Kept for tasks already queued: the database queue and Redis store a task
by its dotted path, and those queued before the move to articles.batches
name "articles.tasks.import_batch". This name resolves to the same task, so
a worker still runs them. New code imports articles.batches.tasks; remove
this module once no queued task names it."""

from .batches.tasks import import_batch

__all__ = ["import_batch"]
