"""Background work, run by whichever task backend settings.TASKS names: the
database queue (`manage.py db_worker`) by default, Redis (`rqworker`) in
production.

A queued task is stored by its dotted path; tasks queued before this module
existed name "articles.tasks.import_batch", which articles/tasks.py keeps
working."""

from django_tasks import task

from django.conf import settings

from . import selectors, worker

# Items one task takes before handing on to a fresh task: a worker asked to
# stop finishes its task within seconds, and batches queued later get a turn.
ITEMS_PER_TASK = 20


@task()
def import_batch(batch_id: int) -> int:
    """Import some of a batch's waiting items, then queue the rest."""
    taken = worker.batch_run(batch_id, max_items=ITEMS_PER_TASK)
    if selectors.batch_has_waiting(batch_id):
        import_batch.enqueue(batch_id)
    return taken


def batch_enqueue(batch_id: int) -> None:
    """Queue the batch's work; several tasks share one batch, so several
    workers (on several machines) import it together."""
    for _ in range(settings.IMPORT_TASKS_PER_BATCH):
        import_batch.enqueue(batch_id)
