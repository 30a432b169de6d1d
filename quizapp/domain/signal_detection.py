"""Telling sourced from unsourced: signal detection over a class's answers
(hit rate, false alarms, d-prime), with the plain reading a teacher sees."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import NormalDist

from articles.domain.labels import Label

from .analysis import Response

# The log-linear correction (Hautus 1995): without it a perfect hit rate or
# a zero false-alarm rate has an infinite z, and every small class has them.
_CORRECTION_COUNT = 0.5


_CORRECTION_TRIALS = 1


# Fewer answers than this on either side and d' says more about luck than
# about the student: two right answers each side already give d' ≈ 1.9.
MIN_TRIALS_FOR_READING = 3


# d' ≥ 1.5 is, for an unbiased student, about 77% of unverified claims
# caught for 23% of sourced ones doubted; 0.5 is barely off chance (60/40).
GOOD_D_PRIME = 1.5


SOME_D_PRIME = 0.5


# Doubting 4 in 10 properly sourced claims is doubting by default, not by
# reading the attribution.
SCEPTICAL_FALSE_ALARM_RATE = 0.4


def _z(count: int, trials: int) -> float:
    rate = (count + _CORRECTION_COUNT) / (trials + _CORRECTION_TRIALS)
    return NormalDist().inv_cdf(rate)


@dataclass(frozen=True)
class SignalDetection:
    """Unverified assertions are the signal, sourced claims the noise; calling
    a sentence an unverified assertion is saying "signal". Editorial appeals
    and blank answers take no part."""

    hits: int  # unverified assertions labeled unverified
    misses: int  # unverified assertions given another label
    false_alarms: int  # sourced claims labeled unverified
    correct_rejections: int  # sourced claims given another label

    @property
    def signal_trials(self) -> int:
        return self.hits + self.misses

    @property
    def noise_trials(self) -> int:
        return self.false_alarms + self.correct_rejections

    @property
    def hit_rate(self) -> float | None:
        """The raw share of unverified assertions caught, uncorrected."""
        return self.hits / self.signal_trials if self.signal_trials else None

    @property
    def false_alarm_rate(self) -> float | None:
        """The raw share of sourced claims called unverified, uncorrected."""
        return self.false_alarms / self.noise_trials if self.noise_trials else None

    def _z_scores(self) -> tuple[float, float] | None:
        """z of the corrected hit and false-alarm rates; None without both."""
        if not (self.signal_trials and self.noise_trials):
            return None
        return _z(self.hits, self.signal_trials), _z(
            self.false_alarms, self.noise_trials
        )

    @property
    def d_prime(self) -> float | None:
        """How well unverified is told from sourced, whatever the student's
        leaning: 0 is chance, higher is better."""
        z_scores = self._z_scores()
        if z_scores is None:
            return None
        z_hit, z_false_alarm = z_scores
        return z_hit - z_false_alarm

    @property
    def criterion(self) -> float | None:
        """The leaning, apart from skill: positive is reluctant to call a claim
        unverified, negative is quick to doubt everything."""
        z_scores = self._z_scores()
        if z_scores is None:
            return None
        z_hit, z_false_alarm = z_scores
        return -(z_hit + z_false_alarm) / 2

    @property
    def reading(self) -> str:
        """d' in words for a teacher who has never heard of d'."""
        d_prime = self.d_prime
        false_alarm_rate = self.false_alarm_rate
        if (
            d_prime is None
            or false_alarm_rate is None
            or min(self.signal_trials, self.noise_trials) < MIN_TRIALS_FOR_READING
        ):
            return "Not enough answers yet"
        if d_prime >= GOOD_D_PRIME:
            return "Tells unverified from sourced claims well"
        if d_prime >= SOME_D_PRIME:
            return "Sometimes tells unverified from sourced claims"
        # A low d' with many false alarms is blanket scepticism, the habit the
        # exercise most wants to catch; otherwise the student isn't yet
        # using attribution at all.
        if false_alarm_rate >= SCEPTICAL_FALSE_ALARM_RATE:
            return "Doubts sourced and unverified claims alike"
        return "Does not yet tell unverified from sourced claims"


def signal_detection(responses: Iterable[Response]) -> SignalDetection:
    """Count hits, misses, false alarms and correct rejections."""
    hits = misses = false_alarms = correct_rejections = 0
    for response in responses:
        if response.given is None:
            continue
        says_unverified = response.given == Label.UNVERIFIED_ASSERTION
        if response.key == Label.UNVERIFIED_ASSERTION:
            hits += says_unverified
            misses += not says_unverified
        elif response.key == Label.SOURCED_CLAIM:
            false_alarms += says_unverified
            correct_rejections += not says_unverified
    return SignalDetection(
        hits=hits,
        misses=misses,
        false_alarms=false_alarms,
        correct_rejections=correct_rejections,
    )


def signal_detection_over_time(
    per_assignment: Sequence[tuple[str, Sequence[Response]]],
) -> list[tuple[str, SignalDetection]]:
    """signal_detection for each (assignment name, responses), order kept."""
    return [(name, signal_detection(responses)) for name, responses in per_assignment]
