"""Background work, run by whichever task backend settings.TASKS names: the
database queue (`manage.py db_worker`) by default, Redis (`rqworker`) in
production."""

from django_tasks import task

from . import importing


@task()
def import_batch(batch_id: int) -> int:
    """Import a batch's waiting items; returns how many this run took."""
    return importing.batch_run(batch_id)
