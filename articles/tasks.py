"""Background work, run by whichever task backend settings.TASKS names: the
database queue (`manage.py db_worker`) by default, Redis (`rqworker`) in
production."""

from django_tasks import task

from . import importing

# Items one task takes before handing on to a fresh task: a worker asked to
# stop finishes its task within seconds, and batches queued later get a turn.
ITEMS_PER_TASK = 20


@task()
def import_batch(batch_id: int) -> int:
    """Import some of a batch's waiting items, then queue the rest."""
    taken = importing.batch_run(batch_id, max_items=ITEMS_PER_TASK)
    if importing.batch_has_waiting(batch_id):
        import_batch.enqueue(batch_id)
    return taken
