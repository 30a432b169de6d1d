from django.http import HttpRequest


def current_student(request: HttpRequest) -> dict:
    return {"current_student": getattr(request, "student", None)}
