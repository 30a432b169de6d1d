from django.apps import AppConfig


class QuizappConfig(AppConfig):
    name = "quizapp"
    verbose_name = "Classes and assignments"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .middleware import forget_student_on_login
        from .security.login_guard import trust_browser_on_login

        user_logged_in.connect(forget_student_on_login, dispatch_uid="forget_student")
        user_logged_in.connect(trust_browser_on_login, dispatch_uid="trust_browser")
