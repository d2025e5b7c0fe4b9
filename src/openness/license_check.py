"""Adapter between the licence policy and the assessment (filled in below)."""
