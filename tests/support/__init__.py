"""Helpers shared by the tests (throwaway servers, generated inputs)."""
