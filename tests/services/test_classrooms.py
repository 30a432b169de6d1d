import pytest

from django.core.exceptions import ValidationError

from quizapp.models import Assignment, Student
from quizapp.services.assignments import assignment_create
from quizapp.services.classrooms import classroom_create
from quizapp.services.students import student_join
from tests.factories import AssignmentFactory, ClassroomFactory, StudentFactory


@pytest.mark.django_db
def test_a_new_class_gets_a_seven_character_join_code(teacher):
    classroom = classroom_create(teacher=teacher, name="  Year 9  ")

    assert classroom.name == "Year 9"
    assert len(classroom.join_code) == 7


@pytest.mark.django_db
def test_a_nickname_is_taken_whatever_its_case():
    classroom = ClassroomFactory()
    StudentFactory(classroom=classroom, nickname="Ana")

    with pytest.raises(ValidationError, match="already taken"):
        student_join(classroom=classroom, nickname="  ana ")

    assert Student.objects.filter(classroom=classroom).count() == 1


@pytest.mark.django_db
def test_the_same_nickname_may_join_another_class():
    StudentFactory(nickname="Ana")

    student = student_join(classroom=ClassroomFactory(), nickname="Ana")

    assert student.rejoin_code


@pytest.mark.django_db
def test_an_archived_class_takes_no_new_students():
    classroom = ClassroomFactory(is_archived=True)

    with pytest.raises(ValidationError, match="closed"):
        student_join(classroom=classroom, nickname="Ana")

    assert not Student.objects.exists()


@pytest.mark.django_db
def test_assigning_the_same_exercise_twice_to_a_class_is_refused():
    assignment = AssignmentFactory()

    with pytest.raises(ValidationError, match="already assigned"):
        assignment_create(exercise=assignment.exercise, classroom=assignment.classroom)

    assert Assignment.objects.count() == 1
