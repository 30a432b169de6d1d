from django import forms
from django.contrib.auth.models import AbstractBaseUser
from django.utils.translation import gettext_lazy as _

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, Label

from .domain.codes import normalise_code
from .domain.nicknames import clean_nickname, has_letter_or_digit
from .models import DUE_BEFORE_OPEN, NOTHING_ASKED, Assignment, Classroom


def cleaned_nickname(typed: str) -> str:
    """A nickname as shown (services.students stores the same), refused when
    nothing readable is left of it."""
    nickname = clean_nickname(typed)
    if not has_letter_or_digit(nickname):
        raise forms.ValidationError(
            _("Type a nickname with at least one letter or number."),
            code="required",
        )
    return nickname


FEEDBACK_TRADE_OFF = _(
    "Right after submitting teaches best, but shows the key to anyone who "
    "submits, even under a second nickname; for a test, choose after the due "
    "time or when you release it."
)


class JoinForm(forms.Form):
    code = forms.CharField(
        label="Class code",
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )
    nickname = forms.CharField(
        label="Nickname",
        max_length=40,
        help_text="Your first name or a nickname your teacher will recognise. "
        "No e-mail needed.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    def clean_code(self) -> str:
        code = normalise_code(self.cleaned_data["code"])
        classroom = Classroom.objects.filter(join_code=code, is_archived=False).first()
        if classroom is None:
            raise forms.ValidationError(
                "No open class has that code. Check the code on the board and "
                "try again.",
                code="unknown_code",
            )
        self.classroom = classroom
        return code

    def clean_nickname(self) -> str:
        return cleaned_nickname(self.cleaned_data["nickname"])


class RejoinForm(forms.Form):
    rejoin_code = forms.CharField(
        label="Rejoin code",
        max_length=20,
        help_text="The code shown on your page when you first joined, "
        "or ask your teacher for it.",
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )

    def clean_rejoin_code(self) -> str:
        return normalise_code(self.cleaned_data["rejoin_code"])


class AnswerForm(forms.Form):
    label = forms.ChoiceField(
        choices=[(label.value, DISPLAY_NAMES[label]) for label in EXERCISE_LABELS],
        required=False,
    )
    # Sent by the page's script; a save without one (no JavaScript) is
    # ordered by arrival time instead.
    seq = forms.IntegerField(min_value=1, max_value=2**62, required=False)
    # Taking a label back must be asked for in so many words: a request
    # that merely lacks a label is refused, never read as "clear".
    clear = forms.BooleanField(required=False)

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("clear") and not cleaned.get("label"):
            raise forms.ValidationError("Choose one of the labels.")
        return cleaned

    def cleaned_label(self) -> Label | None:
        """The chosen label, or None to clear it."""
        if self.cleaned_data["clear"]:
            return None
        return Label(self.cleaned_data["label"])


class ClassroomForm(forms.ModelForm):
    class Meta:
        model = Classroom
        fields = ["name"]
        labels = {"name": "Class name"}


class ExerciseForm(forms.Form):
    title = forms.CharField(max_length=200)
    instructions = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    requires_evidence = forms.BooleanField(
        required=False,
        label="Students must also mark the words that show it (evidence)",
    )
    asked = forms.TypedMultipleChoiceField(
        coerce=int,
        required=True,
        label="Sentences to ask",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": NOTHING_ASKED},
    )

    def __init__(self, *args, askable: list[tuple[int, str]], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["asked"].choices = askable
        self.fields["asked"].initial = [segment_id for segment_id, _ in askable]


class AssignmentForm(forms.Form):
    classroom = forms.ModelChoiceField(
        queryset=Classroom.objects.none(), label="Class", empty_label=None
    )
    opens_at = forms.DateTimeField(
        required=False,
        label="Opens",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    due_at = forms.DateTimeField(
        required=False,
        label="Due",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    feedback_policy = forms.ChoiceField(
        choices=Assignment.FeedbackPolicy.choices,
        label="Show students their results",
        initial=Assignment.FeedbackPolicy.IMMEDIATE,
        help_text=FEEDBACK_TRADE_OFF,
    )

    def __init__(self, *args, teacher: AbstractBaseUser, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        classrooms = Classroom.objects.filter(is_archived=False)
        if not teacher.is_staff:
            classrooms = classrooms.filter(teacher=teacher)
        self.fields["classroom"].queryset = classrooms

    def clean(self) -> dict:
        cleaned = super().clean()
        opens_at, due_at = cleaned.get("opens_at"), cleaned.get("due_at")
        if opens_at and due_at and due_at <= opens_at:
            self.add_error("due_at", DUE_BEFORE_OPEN)
        return cleaned


class NicknameForm(forms.Form):
    nickname = forms.CharField(label="Nickname", max_length=40)

    def clean_nickname(self) -> str:
        return cleaned_nickname(self.cleaned_data["nickname"])


class MoveStudentForm(forms.Form):
    classroom = forms.ModelChoiceField(
        queryset=Classroom.objects.none(), label="Move to", empty_label=None
    )

    def __init__(self, *args, teacher: AbstractBaseUser, current: Classroom, **kwargs):
        super().__init__(*args, **kwargs)
        classrooms = Classroom.objects.filter(is_archived=False).exclude(pk=current.pk)
        if not teacher.is_staff:
            classrooms = classrooms.filter(teacher=teacher)
        self.fields["classroom"].queryset = classrooms
