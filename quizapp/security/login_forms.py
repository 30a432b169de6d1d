"""The log-in forms (the teachers' and the admin's) with quizapp.security.login_guard's
limits checked before the password and counted after a failure."""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm

from . import login_guard
from .devices import device_id


class LimitedLoginMixin:
    def __init__(self, request=None, *args, **kwargs) -> None:
        super().__init__(request, *args, **kwargs)
        if request is not None:
            # Known from the first view of the form, so failures count
            # against this browser rather than a new one each time.
            device_id(request)

    def clean(self):
        username = self.cleaned_data.get("username", "")
        if self.request is not None and username:
            refusal = login_guard.login_refusal(self.request, username)
            if refusal is not None:
                raise forms.ValidationError(refusal, code="throttled")
        try:
            return super().clean()
        except forms.ValidationError:
            if self.request is not None and username:
                login_guard.record_failure(self.request, username)
            raise


class LimitedAuthenticationForm(LimitedLoginMixin, AuthenticationForm):
    pass


class LimitedAdminAuthenticationForm(LimitedLoginMixin, AdminAuthenticationForm):
    pass
