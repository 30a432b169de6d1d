"""Who a browser is joining or rejoining as: its request in the lobby, or
the student a rejoin code names."""

from ..models import JoinRequest, Student


def join_request_with_outcome(join_request_id: int | None) -> JoinRequest | None:
    """The browser's request to join, with its class and, once the teacher
    let it in, its student."""
    if join_request_id is None:
        return None
    return (
        JoinRequest.objects.select_related("classroom", "student")
        .filter(pk=join_request_id)
        .first()
    )


def student_to_rejoin(rejoin_code: str) -> Student | None:
    """The student a rejoin code names, if they may come back: on the roster
    of a class that is still open."""
    return (
        Student.objects.select_related("classroom")
        .filter(
            rejoin_code=rejoin_code,
            classroom__is_archived=False,
            removed_at__isnull=True,
        )
        .first()
    )
