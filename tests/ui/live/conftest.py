from tests.live.conftest import host_factory, students

__all__ = ["host_factory", "students"]
