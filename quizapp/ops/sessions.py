"""Database sessions with the per-request read in plain SQL.

Every request of a signed-in student or teacher reads its session; through
the ORM that read costs about 0.5 ms of CPU to build, ten times the query
itself (see answer_store). Writing, expiry and everything else stay
Django's own. Used when there is no shared cache; with Redis the sessions
are cached_db and reads come from the cache.
"""

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone

from ..raw_sql import datetime_from_db


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        model = self.model
        connection = connections[router.db_for_read(model)]
        sql = (
            f"SELECT session_data, expire_date FROM {model._meta.db_table} "  # noqa: S608 -- name from the model
            "WHERE session_key = %s AND expire_date > %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                sql,
                [
                    self.session_key,
                    connection.ops.adapt_datetimefield_value(timezone.now()),
                ],
            )
            row = cursor.fetchone()
        if row is None:
            # As Django's own: an unknown or expired key starts a new session.
            self._session_key = None
            return None
        return model(
            session_key=self.session_key,
            session_data=row[0],
            expire_date=datetime_from_db(row[1]),
        )
