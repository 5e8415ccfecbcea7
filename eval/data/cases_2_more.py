from cases_2 import M, case  # noqa: F401
