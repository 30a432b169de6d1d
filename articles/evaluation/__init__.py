"""Tooling that measures the labeler against hand-labeled documents: not app
code, used by the evaluate_labeler command, the quality tests and the
training script. Pure Python, like articles.domain, which it runs."""
